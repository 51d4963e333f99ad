package io.sentio.training.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.provenance.SimpleDataSourceProvenance;

class RegularisedAdaGradTest {

    /** Two words that each give the label away, one word seen with both. */
    private static Dataset<Label> separable() {
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("toy", new LabelFactory()),
                new LabelFactory());
        for (int i = 0; i < 50; i++) {
            data.add(new ArrayExample<>(new Label("pos"), new String[] {"good", "the"}, new double[] {1, 1}));
            data.add(new ArrayExample<>(new Label("neg"), new String[] {"bad", "the"}, new double[] {1, 1}));
        }
        return data;
    }

    private static double weightNorm(double l2) {
        Hyperparameters h = Hyperparameters.defaults().with(10, 0.5, l2);
        Model<Label> model = Trainers.create(ModelKind.LOGISTIC, h, 100, -1).train(separable());
        DenseMatrix weights = (DenseMatrix) ((LinearSGDModel) model).getWeightsCopy();
        return weights.twoNorm();
    }

    @Test
    void strongerPenaltyGivesSmallerWeights() {
        double none = weightNorm(1e-12);
        double mild = weightNorm(1.0);
        double strong = weightNorm(10.0);

        assertThat(mild).isLessThan(none);
        assertThat(strong).isLessThan(mild * 0.5);
    }

    @Test
    void penalisedModelStillSeparatesTheLabels() {
        Hyperparameters h = Hyperparameters.defaults().with(10, 0.5, 1.0);
        Model<Label> model = Trainers.create(ModelKind.LOGISTIC, h, 100, -1).train(separable());

        List<Prediction<Label>> predictions = model.predict(separable());

        assertThat(predictions).allSatisfy(p -> assertThat(p.getOutput().getLabel())
                .isEqualTo(p.getExample().getOutput().getLabel()));
    }
}
