package io.sentio.training.train;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.provenance.ConfiguredObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.impl.ConfiguredObjectProvenanceImpl;
import org.tribuo.math.Parameters;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.Matrix;
import org.tribuo.math.la.MatrixIterator;
import org.tribuo.math.la.MatrixTuple;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.la.VectorTuple;
import java.util.function.DoubleUnaryOperator;

/**
 * AdaGrad with regularised dual averaging (Duchi, Hazan and Singer 2011) and an L2 penalty that
 * takes effect. Tribuo 4.3.2's {@code AdaGradRDA} scales its penalty by a step count that its
 * matrix parameters never advance, so for every linear model the penalty stays zero whatever its
 * strength. Here every weight is {@code η Σg / (√Σg² + ε + η t λ / n)} after {@code t} steps over
 * {@code n} examples: {@code λ} is the penalty of one pass over the data ({@code λ/2 ‖w‖²} against
 * the summed log loss, i.e. scikit-learn's {@code 1 / C}).
 */
public final class RegularisedAdaGrad implements StochasticGradientOptimiser {
    @Config(mandatory = true, description = "Initial learning rate.")
    private double learningRate;
    @Config(description = "Epsilon for numerical stability around zero.")
    private double epsilon = 1e-6;
    @Config(description = "L2 penalty of one pass over the data.")
    private double l2;
    @Config(description = "Examples in one pass, which the penalty is spread over.")
    private int numExamples = 1;

    private Parameters parameters;

    public RegularisedAdaGrad(double learningRate, double epsilon, double l2, int numExamples) {
        if (numExamples < 1) {
            throw new IllegalArgumentException("numExamples must be at least 1, was " + numExamples);
        }
        this.learningRate = learningRate;
        this.epsilon = epsilon;
        this.l2 = l2;
        this.numExamples = numExamples;
    }

    /** For OLCUT's configuration system. */
    @SuppressWarnings("unused")
    private RegularisedAdaGrad() {
    }

    @Override
    public void initialise(Parameters params) {
        this.parameters = params;
        Tensor[] current = params.get();
        Tensor[] dualAveraged = new Tensor[current.length];
        for (int i = 0; i < current.length; i++) {
            if (!(current[i] instanceof DenseMatrix m)) {
                throw new IllegalStateException("expected the weight matrix of a linear model, got "
                        + current[i].getClass().getSimpleName());
            }
            dualAveraged[i] = new DualAveragedMatrix(m, learningRate, epsilon, l2 / numExamples);
        }
        params.set(dualAveraged);
    }

    @Override
    public Tensor[] step(Tensor[] updates, double weight) {
        for (Tensor update : updates) {
            update.scaleInPlace(weight);
        }
        return updates;
    }

    @Override
    public void finalise() {
        Tensor[] current = parameters.get();
        Tensor[] dense = new Tensor[current.length];
        for (int i = 0; i < current.length; i++) {
            dense[i] = ((DualAveragedMatrix) current[i]).weights();
        }
        parameters.set(dense);
    }

    @Override
    public void reset() {
        parameters = null;
    }

    @Override
    public RegularisedAdaGrad copy() {
        return new RegularisedAdaGrad(learningRate, epsilon, l2, numExamples);
    }

    @Override
    public ConfiguredObjectProvenance getProvenance() {
        return new ConfiguredObjectProvenanceImpl(this, "StochasticGradientOptimiser");
    }

    @Override
    public String toString() {
        return "RegularisedAdaGrad(learningRate=" + learningRate + ",l2=" + l2 + ",numExamples=" + numExamples + ")";
    }

    /**
     * Holds the sums of the gradients and of their squares; a weight is computed when read. Only
     * what a linear model's SGD calls is served: reading weights, the product with an example and
     * adding an update (one per step).
     */
    static final class DualAveragedMatrix extends DenseMatrix {
        private final double learningRate;
        private final double epsilon;
        private final double l2PerStep;
        private final double[][] gradSquares;
        private long steps;

        DualAveragedMatrix(DenseMatrix initial, double learningRate, double epsilon, double l2PerStep) {
            super(initial);
            this.learningRate = learningRate;
            this.epsilon = epsilon;
            this.l2PerStep = l2PerStep;
            this.gradSquares = new double[dim1][dim2];
        }

        @Override
        public double get(int i, int j) {
            double squares = gradSquares[i][j];
            if (squares == 0.0) {
                return values[i][j];
            }
            return learningRate * values[i][j] / (Math.sqrt(squares) + epsilon + learningRate * steps * l2PerStep);
        }

        @Override
        public DenseVector leftMultiply(SGDVector input) {
            if (input.size() != dim2) {
                throw new IllegalArgumentException("input.size() != dim2");
            }
            double[] output = new double[dim1];
            for (VectorTuple tuple : input) {
                for (int i = 0; i < dim1; i++) {
                    output[i] += get(i, tuple.index) * tuple.value;
                }
            }
            return DenseVector.createDenseVector(output);
        }

        @Override
        public void intersectAndAddInPlace(Tensor other, DoubleUnaryOperator f) {
            if (!(other instanceof Matrix update) || update.getDimension1Size() != dim1
                    || update.getDimension2Size() != dim2) {
                throw new IllegalStateException("update does not match the weight matrix");
            }
            steps++;
            for (MatrixTuple tuple : update) {
                double value = f.applyAsDouble(tuple.value);
                values[tuple.i][tuple.j] += value;
                gradSquares[tuple.i][tuple.j] += value * value;
            }
        }

        /** The weights as a plain matrix. */
        DenseMatrix weights() {
            double[][] weights = new double[dim1][dim2];
            for (int i = 0; i < dim1; i++) {
                for (int j = 0; j < dim2; j++) {
                    weights[i][j] = get(i, j);
                }
            }
            return DenseMatrix.createDenseMatrix(weights);
        }

        @Override
        public DenseMatrix copy() {
            return weights();
        }

        @Override
        public double[][] toArray() {
            return weights().toArray();
        }

        @Override
        public MatrixIterator iterator() {
            return weights().iterator();
        }

        @Override
        public DenseVector getRow(int i) {
            return weights().getRow(i);
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
