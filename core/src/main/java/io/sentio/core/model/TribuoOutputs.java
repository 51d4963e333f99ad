package io.sentio.core.model;

import java.util.Map;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.multilabel.MultiLabelFactory;

/**
 * The two kinds of Tribuo output a bundle can hold, read the same way: a single-label model's
 * {@link Label} and a multi-label model's {@link MultiLabel}, whose per-label scores are independent
 * probabilities. Everything else in the model package stays agnostic of which one it has.
 */
final class TribuoOutputs {
    private TribuoOutputs() {
    }

    static boolean isMultiLabel(Model<?> model) {
        return model.validate(MultiLabel.class);
    }

    /** The output to put in an example that is to be predicted. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Output unknown(Model<?> model) {
        return isMultiLabel(model) ? MultiLabelFactory.UNKNOWN_MULTILABEL : LabelFactory.UNKNOWN_LABEL;
    }

    /** The label name of one output id's output (a multi-label model's outputs are one label each). */
    static String name(Output<?> output) {
        if (output instanceof Label label) {
            return label.getLabel();
        }
        if (output instanceof MultiLabel multi) {
            return multi.getLabelString();
        }
        throw new ModelBundleException("unsupported model output " + output.getClass().getName());
    }

    /** The score Tribuo gave one label of a prediction's output-score map. */
    static double score(Output<?> output) {
        if (output instanceof Label label) {
            return label.getScore();
        }
        if (output instanceof MultiLabel multi && multi.getLabelSet().size() == 1) {
            return multi.getLabelSet().iterator().next().getScore();
        }
        throw new ModelBundleException("unsupported model output " + output);
    }

    /** Tribuo's prediction for an example: label name → score, in Tribuo's order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Map<String, ? extends Output<?>> predict(Model<?> model, org.tribuo.Example<?> example) {
        Model raw = model;
        return raw.predict((org.tribuo.Example) example).getOutputScores();
    }

    /** Tribuo's prediction for a clean text: label name → score, in Tribuo's order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Map<String, ? extends Output<?>> predict(Model<?> model, io.sentio.core.features.FeatureExtractor features,
            String cleanText) {
        Model raw = model;
        return raw.predict(Classifier.example(features, cleanText, unknown(model))).getOutputScores();
    }
}
