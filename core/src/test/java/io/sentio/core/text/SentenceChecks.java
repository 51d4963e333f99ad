package io.sentio.core.text;

/** Checks shared by the tests on real review text. */
final class SentenceChecks {

    private SentenceChecks() {
    }

    /** Not empty, no surrounding whitespace, and at least one letter or digit: not only punctuation or emoji. */
    static boolean isTrimmedWithWords(String sentence) {
        return !sentence.isEmpty()
                && sentence.equals(sentence.strip())
                && sentence.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
