package io.sentio.core.model;

import io.sentio.core.features.FeatureBuffer;
import io.sentio.core.features.Vocabulary;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.common.sgd.AbstractLinearSGDModel;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.util.ExpNormalizer;
import org.tribuo.math.util.NoopNormalizer;
import org.tribuo.math.util.SigmoidNormalizer;
import org.tribuo.math.util.VectorNormalizer;

/**
 * Scores a Tribuo linear SGD model straight from a {@link FeatureBuffer}: the same arithmetic as
 * {@code LinearSGDModel.predict}, without its per-example ArrayExample, name sort, feature-map
 * lookups and SparseVector. Each vocabulary term is mapped to its weight row once, at load.
 *
 * <p>Bit-for-bit equal to Tribuo, not just close: Tribuo sums {@code w[label][feature] * value}
 * over the features in ascending feature id, then its own bias column; Tribuo's ids are the
 * feature names in sorted order, as are vocabulary positions, so walking the buffer in position
 * order (with {@link Classifier#BIAS_FEATURE} slotted in where its id falls) adds the same
 * products in the same order. Immutable and thread-safe.
 *
 * <h2>{@code weights.bin}</h2>
 * A scorer is stored in a bundle as {@value ModelBundle#WEIGHTS_FILE} ({@link #toBytes()}), so that
 * serving builds it without deserialising the Tribuo model (≈ 0.85 s for 77k feature records).
 * The layout, all little-endian:
 * <pre>
 *   bytes  "SNTW"                      magic
 *   int32  1                           format version
 *   int32  L                           number of labels
 *   L ×   (int32 n, n bytes UTF-8)     label names in Tribuo's output-id order (the order of scores)
 *   byte   normaliser                  0 = none (hinge: Classifier applies softmax), 1 = softmax (log loss),
 *                                      2 = sigmoid per label (multi-label binary cross-entropy)
 *   int32  T                           number of vocabulary terms (must equal the bundle's vocabulary)
 *   int32  S                           bias slot: the {@code <bias>} feature's row is added before the
 *                                      first known term at position ≥ S (after all of them if S = T)
 *   byte   tribuoBias                  1 if Tribuo's own bias column follows, else 0
 *   T bytes                            1 if the term at that vocabulary position is a model feature, else 0
 *   T × L  float64                     weight rows in vocabulary order: term p, label l at p × L + l
 *                                      (zeros for unknown terms)
 *   L      float64                     the {@code <bias>} feature's row
 *   L      float64                     Tribuo's bias column (only if tribuoBias = 1)
 * </pre>
 * {@link ModelBundle#pack} writes it only after checking that the scorer read back from these bytes
 * scores probe texts exactly as Tribuo does.
 */
final class LinearScorer {
    private final int labels;
    /** The weight row of vocabulary position p at [p * labels, (p + 1) * labels). */
    private final double[] termRows;
    /** Whether each vocabulary position is a feature of the model at all (Tribuo ignores the rest). */
    private final boolean[] known;
    /** Rows of our bias feature and of Tribuo's own bias column (null when the model has none). */
    private final double[] biasFeatureRow;
    private final double[] tribuoBiasRow;
    /** Vocabulary positions below this come before the bias feature in Tribuo's id order. */
    private final int biasFeatureSlot;
    private final VectorNormalizer normalizer;
    private final String[] labelNames;

    private LinearScorer(int labels, double[] termRows, boolean[] known, double[] biasFeatureRow,
            double[] tribuoBiasRow, int biasFeatureSlot, VectorNormalizer normalizer, String[] labelNames) {
        this.labels = labels;
        this.termRows = termRows;
        this.known = known;
        this.biasFeatureRow = biasFeatureRow;
        this.tribuoBiasRow = tribuoBiasRow;
        this.biasFeatureSlot = biasFeatureSlot;
        this.normalizer = normalizer;
        this.labelNames = labelNames;
    }

    /**
     * A scorer for a linear SGD model, single- or multi-label, or empty for any other model
     * (factorisation machines, …), which keep Tribuo's own predict.
     */
    static Optional<LinearScorer> of(Model<?> model, Vocabulary vocabulary) {
        if (!(model instanceof AbstractLinearSGDModel<?> linear)) {
            return Optional.empty();
        }
        ImmutableFeatureMap featureMap = linear.getFeatureIDMap();
        DenseMatrix weights = linear.getWeightsCopy();
        int labels = weights.getDimension1Size();
        int columns = weights.getDimension2Size();
        int biasFeature = featureMap.getID(Classifier.BIAS_FEATURE);
        boolean tribuoBias = columns == featureMap.size() + 1;
        if (biasFeature < 0 || !(tribuoBias || columns == featureMap.size())) {
            return Optional.empty();
        }
        double[] termRows = new double[vocabulary.size() * labels];
        boolean[] known = new boolean[vocabulary.size()];
        int biasFeatureSlot = vocabulary.size();
        int previousId = -1;
        for (int p = 0; p < vocabulary.size(); p++) {
            int id = featureMap.getID(vocabulary.term(p));
            if (id < 0) {
                continue;
            }
            if (id < previousId) {
                return Optional.empty(); // ids not in vocabulary order: summing in our order would differ
            }
            previousId = id;
            known[p] = true;
            if (id > biasFeature && biasFeatureSlot == vocabulary.size()) {
                biasFeatureSlot = p;
            }
            for (int l = 0; l < labels; l++) {
                termRows[p * labels + l] = weights.get(l, id);
            }
        }
        double[] biasFeatureRow = column(weights, biasFeature);
        double[] tribuoBiasRow = tribuoBias ? column(weights, featureMap.size()) : null;
        // Tribuo keeps the normaliser private; it is the objective's: softmax for log loss (the
        // probabilistic one), a sigmoid per label for multi-label binary cross-entropy, none for
        // hinge. Classifier checks the result against Tribuo at load.
        VectorNormalizer normalizer = !linear.generatesProbabilities() ? new NoopNormalizer()
                : TribuoOutputs.isMultiLabel(linear) ? new SigmoidNormalizer() : new ExpNormalizer();
        ImmutableOutputInfo<?> outputs = linear.getOutputIDInfo();
        String[] labelNames = new String[labels];
        for (int l = 0; l < labels; l++) {
            labelNames[l] = TribuoOutputs.name(outputs.getOutput(l));
        }
        return Optional.of(new LinearScorer(labels, termRows, known, biasFeatureRow, tribuoBiasRow,
                biasFeatureSlot, normalizer, labelNames));
    }

    private static double[] column(DenseMatrix weights, int id) {
        double[] row = new double[weights.getDimension1Size()];
        for (int l = 0; l < row.length; l++) {
            row[l] = weights.get(l, id);
        }
        return row;
    }

    static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = {'S', 'N', 'T', 'W'};

    /** Whether the scores are already probabilities (softmax or sigmoid), as Tribuo's {@code generatesProbabilities}. */
    boolean probabilistic() {
        return !(normalizer instanceof NoopNormalizer);
    }

    private byte normaliserCode() {
        return (byte) (normalizer instanceof SigmoidNormalizer ? 2 : normalizer instanceof ExpNormalizer ? 1 : 0);
    }

    /** The scorer as {@code weights.bin}; see the class comment for the layout. */
    byte[] toBytes() {
        byte[][] names = new byte[labels][];
        int size = MAGIC.length + 4 + 4;
        for (int l = 0; l < labels; l++) {
            names[l] = labelNames[l].getBytes(StandardCharsets.UTF_8);
            size += 4 + names[l].length;
        }
        int terms = known.length;
        size += 1 + 4 + 4 + 1 + terms + 8 * (termRows.length + labels + (tribuoBiasRow == null ? 0 : labels));
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).putInt(FORMAT_VERSION).putInt(labels);
        for (byte[] name : names) {
            out.putInt(name.length).put(name);
        }
        out.put(normaliserCode()).putInt(terms).putInt(biasFeatureSlot)
                .put((byte) (tribuoBiasRow == null ? 0 : 1));
        for (boolean k : known) {
            out.put((byte) (k ? 1 : 0));
        }
        out.asDoubleBuffer().put(termRows).put(biasFeatureRow).put(tribuoBiasRow == null ? new double[0] : tribuoBiasRow);
        return out.array();
    }

    /** Reads {@code weights.bin} for a bundle's vocabulary; throws {@link ModelBundleException} if it is malformed. */
    static LinearScorer fromBytes(byte[] bytes, Vocabulary vocabulary) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new ModelBundleException(ModelBundle.WEIGHTS_FILE + " is not a weights file (bad magic)");
            }
            int version = in.getInt();
            if (version != FORMAT_VERSION) {
                throw new ModelBundleException(ModelBundle.WEIGHTS_FILE + " has format version " + version
                        + "; this build reads version " + FORMAT_VERSION);
            }
            int labels = in.getInt();
            if (labels < 1 || labels > 100_000) {
                throw new ModelBundleException(ModelBundle.WEIGHTS_FILE + " declares " + labels + " labels");
            }
            String[] labelNames = new String[labels];
            for (int l = 0; l < labels; l++) {
                byte[] name = new byte[in.getInt()];
                in.get(name);
                labelNames[l] = new String(name, StandardCharsets.UTF_8);
            }
            byte normaliser = in.get();
            if (normaliser < 0 || normaliser > 2) {
                throw new ModelBundleException(ModelBundle.WEIGHTS_FILE + " has unknown normaliser " + normaliser);
            }
            int terms = in.getInt();
            if (terms != vocabulary.size()) {
                throw new ModelBundleException(ModelBundle.WEIGHTS_FILE + " has rows for " + terms
                        + " terms but the vocabulary has " + vocabulary.size());
            }
            int biasFeatureSlot = in.getInt();
            if (biasFeatureSlot < 0 || biasFeatureSlot > terms) {
                throw new ModelBundleException(ModelBundle.WEIGHTS_FILE + " has bias slot " + biasFeatureSlot);
            }
            boolean tribuoBias = in.get() == 1;
            boolean[] known = new boolean[terms];
            for (int p = 0; p < terms; p++) {
                known[p] = in.get() == 1;
            }
            double[] termRows = new double[Math.multiplyExact(terms, labels)];
            double[] biasFeatureRow = new double[labels];
            double[] tribuoBiasRow = tribuoBias ? new double[labels] : null;
            int doubles = termRows.length + labels + (tribuoBias ? labels : 0);
            if (in.remaining() != 8L * doubles) {
                throw new ModelBundleException(ModelBundle.WEIGHTS_FILE + " has " + in.remaining()
                        + " bytes of weights; expected " + 8L * doubles);
            }
            var weights = in.asDoubleBuffer();
            weights.get(termRows).get(biasFeatureRow);
            if (tribuoBias) {
                weights.get(tribuoBiasRow);
            }
            return new LinearScorer(labels, termRows, known, biasFeatureRow, tribuoBiasRow, biasFeatureSlot,
                    normaliser(normaliser), labelNames);
        } catch (java.nio.BufferUnderflowException | NegativeArraySizeException | ArithmeticException e) {
            throw new ModelBundleException(ModelBundle.WEIGHTS_FILE + " is truncated or malformed", e);
        }
    }

    private static VectorNormalizer normaliser(byte code) {
        return switch (code) {
            case 1 -> new ExpNormalizer();
            case 2 -> new SigmoidNormalizer();
            default -> new NoopNormalizer();
        };
    }

    /** The labels, in the order of {@link #score}'s values (Tribuo's output ids). */
    String[] labels() {
        return labelNames;
    }

    /** Per-label scores after the model's normaliser, exactly as Tribuo's prediction holds them. */
    double[] score(FeatureBuffer features) {
        double[] scores = new double[labels];
        boolean biasAdded = false;
        for (int i = 0; i < features.size(); i++) {
            int position = features.position(i);
            if (!known[position]) {
                continue;
            }
            if (!biasAdded && position >= biasFeatureSlot) {
                add(scores, biasFeatureRow);
                biasAdded = true;
            }
            double value = features.value(i);
            int row = position * labels;
            for (int l = 0; l < labels; l++) {
                scores[l] += termRows[row + l] * value;
            }
        }
        if (!biasAdded) {
            add(scores, biasFeatureRow);
        }
        if (tribuoBiasRow != null) {
            add(scores, tribuoBiasRow);
        }
        normalizer.normalizeInPlace(scores);
        return scores;
    }

    /** Whether the term at a vocabulary position is a feature of the model (else it adds nothing). */
    boolean known(int position) {
        return known[position];
    }

    /** The weight of the term at a vocabulary position for the label at {@code label} of {@link #labels()}. */
    double weight(int position, int label) {
        return termRows[position * labels + label];
    }

    /** What every text adds to a label's score whatever its terms: the bias feature's row plus Tribuo's bias. */
    double bias(int label) {
        return biasFeatureRow[label] + (tribuoBiasRow == null ? 0.0 : tribuoBiasRow[label]);
    }

    /** A row times the feature value 1.0, which Tribuo multiplies out; x * 1.0 == x exactly. */
    private static void add(double[] scores, double[] row) {
        for (int l = 0; l < scores.length; l++) {
            scores[l] += row[l];
        }
    }
}
