package io.sentio.training.telemetry;

import java.util.Map;
import org.apache.logging.log4j.message.MapMessage;

/**
 * A log event with a text and named fields. The JSON layout writes the text as {@code message} (the
 * formatted message is the text alone, not the map, as a plain {@link MapMessage} would give) and
 * each field at the top level with its JSON type, through log4j's {@code map} resolver.
 */
final class FieldsMessage extends MapMessage<FieldsMessage, Object> {
    private static final long serialVersionUID = 1L;

    private final String text;

    FieldsMessage(String text, Map<String, Object> fields) {
        super(fields);
        this.text = text;
    }

    @Override
    public String getFormat() {
        return text;
    }

    @Override
    public String getFormattedMessage() {
        return text;
    }

    @Override
    public String getFormattedMessage(String[] formats) {
        return text;
    }

    @Override
    public void formatTo(StringBuilder buffer) {
        buffer.append(text);
    }

    @Override
    public void formatTo(String[] formats, StringBuilder buffer) {
        buffer.append(text);
    }

    @Override
    public FieldsMessage newInstance(Map<String, Object> map) {
        return new FieldsMessage(text, map);
    }
}
