package io.sentio.training.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The column names of a CSV file. Names match exactly first, then ignoring case and surrounding
 * blanks, so {@code review text} finds {@code Review Text}.
 *
 * @param location the file, for messages
 * @param names    the header's names in order (may include "" for an unnamed index column)
 */
record CsvHeader(String location, List<String> names) {

    CsvHeader {
        names = List.copyOf(names);
    }

    Optional<Integer> find(String name) {
        int exact = names.indexOf(name);
        if (exact >= 0) {
            return Optional.of(exact);
        }
        String wanted = normalise(name);
        for (int i = 0; i < names.size(); i++) {
            if (normalise(names.get(i)).equals(wanted)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    boolean hasAll(List<String> wanted) {
        return wanted.stream().allMatch(name -> find(name).isPresent());
    }

    /** @param role what the column is for, e.g. "--text-column"; named in the error */
    int require(String name, String role) {
        return find(name).orElseThrow(() -> new DataFormatException(
                location + " has no column '" + name + "' (" + role + "); its columns are " + names));
    }

    List<Integer> requireAll(List<String> wanted, String role) {
        return wanted.stream().map(name -> require(name, role)).toList();
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
