package io.sentio.training.eval;

import io.sentio.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** evaluation.json and evaluation.html, side by side in one directory. */
public final class EvaluationFiles {
    private EvaluationFiles() {
    }

    public static void write(Path dir, String modelName, Evaluation evaluation) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("evaluation.json"), Json.mapper().writeValueAsBytes(evaluation));
        Files.writeString(dir.resolve("evaluation.html"), HtmlReport.render(modelName, evaluation));
    }

    public static void write(Path dir, String modelName, MultiLabelEvaluation evaluation) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("evaluation.json"), Json.mapper().writeValueAsBytes(evaluation));
        Files.writeString(dir.resolve("evaluation.html"), MultiLabelHtmlReport.render(modelName, evaluation));
    }
}
