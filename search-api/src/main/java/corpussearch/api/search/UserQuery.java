package corpussearch.api.search;

import java.util.List;

/**
 * A query as a person typed it, after lenient parsing: the groups of words the person wants
 * found, and what they want excluded.
 *
 * @param groups what to find: each group is one alternative set ({@code a OR b}); its parts are
 *     plain text runs, phrases or prefixes
 * @param excluded parts a matching paragraph must not contain ({@code -word}, {@code -"a phrase"})
 */
public record UserQuery(List<Group> groups, List<Part> excluded) {

  public UserQuery {
    groups = List.copyOf(groups);
    excluded = List.copyOf(excluded);
  }

  /** Whether nothing searchable was typed (the empty query browses). */
  public boolean isEmpty() {
    return groups.isEmpty() && excluded.isEmpty();
  }

  /** Where a part is searched. */
  public enum Scope {
    /** Paragraph text, title and section. */
    ANY,
    /** The article title ({@code title:}). */
    TITLE,
    /** The author ({@code author:}). */
    AUTHOR,
    /** The outlet ({@code outlet:}). */
    OUTLET
  }

  /** What kind of text a part holds. */
  public enum Kind {
    /** Free words, matched word by word. */
    WORDS,
    /** A quoted phrase, matched exactly (no typos). */
    PHRASE,
    /** A word prefix ({@code word*}). */
    PREFIX
  }

  /** One piece of the query. */
  public record Part(Kind kind, Scope scope, String text) {}

  /** Parts joined by {@code OR}: a paragraph matching any of them matches the group. */
  public record Group(List<Part> alternatives) {
    public Group {
      alternatives = List.copyOf(alternatives);
    }
  }
}
