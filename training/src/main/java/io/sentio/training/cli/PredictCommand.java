package io.sentio.training.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sentio.core.explain.ExplainOptions;
import io.sentio.core.explain.ExplainedText;
import io.sentio.core.explain.Explainer;
import io.sentio.core.explain.Explanation;
import io.sentio.core.explain.TermWeight;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.Prediction;
import io.sentio.core.model.SentencePrediction;
import io.sentio.core.model.TextPrediction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "predict", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Classify text with a model. With --text: label and probabilities.",
                "Without --text: one text per line from stdin, one JSON object per line on stdout.",
                "--explain adds the terms that pushed the label's score up or down (as the API's \"explain\": true)."})
final class PredictCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--model", paramLabel = "URI",
            description = "Bundle directory or STORE_URI@ALIAS_OR_VERSION (default: models/reviews).")
    String model;

    @Option(names = "--text", description = "The text to classify.")
    String text;

    @Option(names = "--sentences", description = "Also classify each sentence.")
    boolean sentences;

    @Option(names = "--explain", description = "Also show the terms behind the label, with where they occur in the text.")
    boolean explain;

    @Option(names = "--explain-label", paramLabel = "LABEL",
            description = "Explain this label rather than the predicted one (needs --explain).")
    String explainLabel;

    @Option(names = "--explain-terms", paramLabel = "N",
            description = "Terms to show per explanation, 1 to " + ExplainOptions.MAX_TERMS + " (default: "
                    + ExplainOptions.DEFAULT_TERMS + ").")
    Integer explainTerms;

    @Mixin
    CommonOptions common;

    @ParentCommand
    SentioCli root;

    @Override
    public Integer call() throws IOException {
        Optional<ExplainOptions> explaining = explainOptions();
        Classifier classifier = new Classifier(root.stores()
                .fetch(model == null ? root.defaults().model() : model).open());
        Optional<Explainer> explainer = explaining.map(options -> explainer(classifier, options));
        if (text != null) {
            if (text.isBlank()) {
                throw new CliException("--text is empty");
            }
            printOne(classifier, explainer, explaining);
            return 0;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(root.in(), StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
                String current = line;
                Optional<ExplainedText> explained = explainer.map(e -> e.explain(current, explaining.get()));
                TextPrediction prediction = explained.map(ExplainedText::prediction)
                        .orElseGet(() -> classifier.predictWithSentences(current));
                root.out().println(JSON.writeValueAsString(json(prediction, explained, line,
                        classifier.manifest().decision().multiLabel())));
            }
        }
        return 0;
    }

    private Optional<ExplainOptions> explainOptions() {
        if (!explain) {
            if (explainLabel != null || explainTerms != null) {
                throw new CliException((explainLabel != null ? "--explain-label" : "--explain-terms")
                        + " needs --explain");
            }
            return Optional.empty();
        }
        int terms = explainTerms == null ? ExplainOptions.DEFAULT_TERMS : explainTerms;
        if (terms < 1 || terms > ExplainOptions.MAX_TERMS) {
            throw new CliException("--explain-terms must be from 1 to " + ExplainOptions.MAX_TERMS + ", was " + terms);
        }
        return Optional.of(new ExplainOptions(Optional.ofNullable(explainLabel), terms));
    }

    private static Explainer explainer(Classifier classifier, ExplainOptions options) {
        Explainer explainer = new Explainer(classifier);
        options.label().filter(label -> !explainer.knowsLabel(label)).ifPresent(label -> {
            throw new CliException("--explain-label '" + label + "' is not a label of the model; its labels are "
                    + String.join(", ", explainer.labels()));
        });
        return explainer;
    }

    private void printOne(Classifier classifier, Optional<Explainer> explainer, Optional<ExplainOptions> options) {
        ResultPrinter printer = new ResultPrinter(root.out());
        Optional<ExplainedText> explained = explainer.map(e -> e.explain(text, options.get()));
        TextPrediction p = explained.map(ExplainedText::prediction)
                .orElseGet(() -> classifier.predictWithSentences(text));
        boolean multiLabel = classifier.manifest().decision().multiLabel();
        printer.prediction(p.overall(), multiLabel);
        explained.ifPresent(e -> printExplanation(e.explanation(), ""));
        if (sentences) {
            for (int i = 0; i < p.sentences().size(); i++) {
                SentencePrediction s = p.sentences().get(i);
                root.out().print("  " + s.text() + "\n    -> ");
                printer.prediction(s.prediction(), multiLabel);
                int sentence = i;
                explained.ifPresent(e -> printExplanation(e.sentences().get(sentence), "    "));
            }
        }
    }

    /** "why positive (linear, against negative): score 2.310 = bias 0.120 + terms", then one line a term. */
    private void printExplanation(Explanation e, String indent) {
        String against = e.comparedWith().map(rival -> ", against " + rival).orElse("");
        root.out().printf(Locale.ROOT, "%swhy %s (%s%s): score %.3f, bias %.3f%n", indent, e.label(),
                e.method().wireName(), against, e.score(), e.bias());
        for (TermWeight term : e.terms()) {
            String spans = term.spans().stream().map(span -> "[" + span.start() + "," + span.end() + ")")
                    .collect(java.util.stream.Collectors.joining(" "));
            root.out().printf(Locale.ROOT, "%s  %+8.3f  %-24s %s%n", indent, term.weight(), term.term(), spans);
        }
        if (e.otherTermsWeight() != 0) {
            root.out().printf(Locale.ROOT, "%s  %+8.3f  (the other terms)%n", indent, e.otherTermsWeight());
        }
    }

    private ObjectNode json(TextPrediction p, Optional<ExplainedText> explained, String line, boolean multiLabel) {
        ObjectNode node = node(p.overall(), multiLabel);
        node.put("text", line);
        node.put("unknown_term_share", p.unknownTermShare());
        explained.ifPresent(e -> node.set("explanation", explanationNode(e.explanation())));
        if (sentences) {
            var array = node.putArray("sentences");
            for (int i = 0; i < p.sentences().size(); i++) {
                SentencePrediction s = p.sentences().get(i);
                ObjectNode sentence = node(s.prediction(), multiLabel).put("text", s.text());
                int index = i;
                explained.ifPresent(e -> sentence.set("explanation", explanationNode(e.sentences().get(index))));
                array.add(sentence);
            }
        }
        return node;
    }

    /** The API's explanation object (docs/API.md). */
    private static ObjectNode explanationNode(Explanation e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("label", e.label());
        node.put("method", e.method().wireName());
        e.comparedWith().ifPresent(rival -> node.put("compared_with", rival));
        node.put("bias", e.bias());
        node.put("score", e.score());
        var terms = node.putArray("terms");
        for (TermWeight term : e.terms()) {
            ObjectNode t = terms.addObject();
            t.put("term", term.term());
            t.put("weight", term.weight());
            var spans = t.putArray("spans");
            term.spans().forEach(span -> spans.addArray().add(span.start()).add(span.end()));
        }
        node.put("other_terms_weight", e.otherTermsWeight());
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
