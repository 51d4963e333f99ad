package io.sentio.training.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --label-map FILE}: a CSV whose rows rename labels, {@code id,name} (the columns so named,
 * else the first two), e.g. TMDb genre ids to genre names.
 */
final class LabelMap {
    private LabelMap() {
    }

    static Map<String, String> read(InputOpener opener, String location) {
        Map<String, String> names = new HashMap<>();
        CsvTable.read(opener, location, header -> bind(header, location, names), new RowSink() {
            @Override
            public void accept(LabelledText row) {
            }

            @Override
            public void skip(String reason) {
                throw new DataFormatException("label map " + location + " has a row with the wrong number of fields");
            }
        });
        if (names.isEmpty()) {
            throw new DataFormatException("label map " + location + " has no rows; expected a CSV of id,name");
        }
        return names;
    }

    private static CsvTable.RecordReader bind(CsvHeader header, String location, Map<String, String> names) {
        List<String> columns = header.names();
        if (columns.size() < 2) {
            throw new DataFormatException("label map " + location + " needs two columns (id,name); its header is "
                    + columns);
        }
        int from = columns.contains("id") && columns.contains("name") ? columns.indexOf("id") : 0;
        int to = columns.contains("id") && columns.contains("name") ? columns.indexOf("name") : 1;
        return (record, sink) -> {
            String key = record.get(from).strip();
            String name = record.get(to).strip();
            if (!key.isEmpty() && !name.isEmpty()) {
                names.put(key, name);
            }
        };
    }
}
