package corpussearch.indexer.extract;

import java.time.LocalDate;
import java.util.Optional;

/** A text with the date at either end taken off, so the rest can be read as a name. */
record DatedText(String text, Optional<LocalDate> date) {

  /** {@code text} with a date at its start or end taken off, or as it is when it has none there. */
  static DatedText split(String text) {
    Optional<DateParser.DateMatch> found = DateParser.find(text);
    if (found.isPresent()) {
      DateParser.DateMatch match = found.get();
      String before = text.substring(0, match.start());
      String after = text.substring(match.end());
      if (DateParser.isFiller(after)) {
        // "By Jane Doe on September 14, 2023": the preposition goes with the date
        return new DatedText(OutletNames.trimPunctuation(before.replaceFirst("(?i)\\s+(?:on|at)\\s*$", "")), Optional.of(match.date()));
      }
      if (DateParser.isFiller(before)) {
        return new DatedText(after.strip(), Optional.of(match.date()));
      }
    }
    return new DatedText(text.strip(), Optional.empty());
  }
}
