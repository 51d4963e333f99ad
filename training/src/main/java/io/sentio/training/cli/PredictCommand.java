package io.sentio.training.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.Prediction;
import io.sentio.core.model.SentencePrediction;
import io.sentio.core.model.TextPrediction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "predict", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Classify text with a model. With --text: label and probabilities.",
                "Without --text: one text per line from stdin, one JSON object per line on stdout."})
final class PredictCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--model", paramLabel = "URI",
            description = "Bundle directory or STORE_URI@ALIAS_OR_VERSION (default: models/reviews).")
    String model;

    @Option(names = "--text", description = "The text to classify.")
    String text;

    @Option(names = "--sentences", description = "Also classify each sentence.")
    boolean sentences;

    @Mixin
    CommonOptions common;

    @ParentCommand
    SentioCli root;

    @Override
    public Integer call() throws IOException {
        Classifier classifier = new Classifier(root.stores()
                .fetch(model == null ? root.defaults().model() : model).open());
        if (text != null) {
            if (text.isBlank()) {
                throw new CliException("--text is empty");
            }
            printOne(classifier);
            return 0;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(root.in(), StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
                root.out().println(JSON.writeValueAsString(json(classifier.predictWithSentences(line), line,
                        classifier.manifest().decision().multiLabel())));
            }
        }
        return 0;
    }

    private void printOne(Classifier classifier) {
        ResultPrinter printer = new ResultPrinter(root.out());
        TextPrediction p = classifier.predictWithSentences(text);
        boolean multiLabel = classifier.manifest().decision().multiLabel();
        printer.prediction(p.overall(), multiLabel);
        if (sentences) {
            for (SentencePrediction s : p.sentences()) {
                root.out().print("  " + s.text() + "\n    -> ");
                printer.prediction(s.prediction(), multiLabel);
            }
        }
    }

    private ObjectNode json(TextPrediction p, String line, boolean multiLabel) {
        ObjectNode node = node(p.overall(), multiLabel);
        node.put("text", line);
        node.put("unknown_term_share", p.unknownTermShare());
        if (sentences) {
            var array = node.putArray("sentences");
            p.sentences().forEach(s -> array.add(node(s.prediction(), multiLabel).put("text", s.text())));
        }
        return node;
    }

    /** As the API answers: {@code label} for a single-label model, the {@code labels} set for a multi-label one. */
    private static ObjectNode node(Prediction p, boolean multiLabel) {
        ObjectNode node = JSON.createObjectNode();
        if (multiLabel) {
            p.labels().forEach(node.putArray("labels")::add);
        } else {
            node.put("label", p.label());
        }
        ObjectNode probabilities = node.putObject("probabilities");
        p.probabilities().forEach(probabilities::put);
        return node;
    }

}
