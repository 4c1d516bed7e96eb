package corpussearch.indexer.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the rule families found in one article: candidate values and the lines they recognised as
 * page furniture.
 *
 * <p>Rules mark a line as metadata directly only when the line is furniture whatever value wins (a
 * byline, a "WRITTEN BY:" label). Lines that are metadata only if their value is believed, such as
 * an author bio, travel with the {@link Candidate} instead.
 */
final class Findings {
  private final List<Candidate> candidates = new ArrayList<>();
  private final Set<Integer> metadataLines = new TreeSet<>();

  /** Adds {@code candidate}; an author's courtesy title ("Dr", "Prof.") is no part of the name. */
  void propose(Candidate candidate) {
    // A document's kind or a section ("Press Release | Dec. 2, 2024", "Opinion") stands where a byline does and has a name's shape, but names no writer.
    if (candidate.field() == MetadataField.AUTHOR && OutletNames.isSectionName(candidate.value())) {
      return;
    }
    candidates.add(candidate.field() == MetadataField.AUTHOR
        ? new Candidate(candidate.field(), PersonNames.withoutHonorifics(candidate.value()), candidate.rule(),
            candidate.line(), candidate.sourceLines())
        : candidate);
  }

  void markMetadata(int line) {
    metadataLines.add(line);
  }

  void markMetadata(Collection<Integer> lines) {
    metadataLines.addAll(lines);
  }

  List<Candidate> candidates() {
    return List.copyOf(candidates);
  }

  Set<Integer> metadataLines() {
    return Set.copyOf(metadataLines);
  }
}
