package corpussearch.indexer.containers;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Takes the container off an article saved inside one. Each kind of container is recognised by
 * its own shape ({@link ChatExport}, {@link QuotedThread}, {@link GemtextLinks}, {@link
 * WireMarks}, {@link SharedNote}, {@link TextBrowserDump}); each leaves the lines alone when its
 * shape is not there.
 *
 * <p>Instances are not needed: the class is stateless and thread-safe.
 */
public final class TextContainers {
  /** Outer containers first: a chat or a forum may hold a shared note, never the other way round. */
  private static final List<UnaryOperator<List<String>>> CONTAINERS =
      List.of(ChatExport::unwrap, QuotedThread::unwrap, SharedNote::unwrap, GemtextLinks::unwrap, WireMarks::unwrap,
          TextBrowserDump::unwrap);

  private TextContainers() {}

  /**
   * The article's lines with any container taken off.
   *
   * @param lines the file's text split on line breaks
   * @return as many lines as given, each the same line, a blank (a container's line) or the line
   *     without the container's marks
   */
  public static List<String> unwrap(List<String> lines) {
    Objects.requireNonNull(lines, "lines");
    List<String> result = lines;
    for (UnaryOperator<List<String>> container : CONTAINERS) {
      result = container.apply(result);
    }
    return result;
  }
}
