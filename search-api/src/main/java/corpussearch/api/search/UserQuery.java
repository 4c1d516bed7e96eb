package corpussearch.api.search;

import java.util.List;

/**
 * A query as a person typed it, after lenient parsing: the groups of words the person wants
 * found, and what they want excluded.
 *
 * @param groups what to find: each group is one alternative set ({@code a OR b}); its parts are
 *     plain text runs, phrases or prefixes
 * @param excluded parts a matching paragraph must not contain ({@code -word}, {@code -"a phrase"})
 * @param filters outlet and author values typed as filters ({@code outlet:"Saudi Press"}): they
 *     select articles, as the {@code outlet} and {@code author} parameters do, rather than words
 */
public record UserQuery(List<Group> groups, List<Part> excluded, List<Part> filters) {

  public UserQuery {
    groups = List.copyOf(groups);
    excluded = List.copyOf(excluded);
    filters = List.copyOf(filters);
  }

  /** A query without filters. */
  public UserQuery(List<Group> groups, List<Part> excluded) {
    this(groups, excluded, List.of());
  }

  /** The filter values typed for {@code scope}, in order. */
  public List<String> filterValues(Scope scope) {
    return filters.stream().filter(part -> part.scope() == scope).map(Part::text).toList();
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
    /** The author ({@code author:}): a filter, or words of the author field when excluded or OR-ed with other scopes. */
    AUTHOR,
    /** The outlet ({@code outlet:}): a filter, or words of the outlet field when excluded or OR-ed with other scopes. */
    OUTLET;

    /** Whether a part in this scope names a facet value to filter by. */
    public boolean filters() {
      return this == AUTHOR || this == OUTLET;
    }
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
