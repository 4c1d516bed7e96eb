package corpussearch.api.search;

import corpussearch.api.search.UserQuery.Group;
import corpussearch.api.search.UserQuery.Kind;
import corpussearch.api.search.UserQuery.Part;
import corpussearch.api.search.UserQuery.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses what a person types into a search box. Never fails: anything that is not well-formed
 * syntax is read as plain text.
 *
 * <p>Syntax: words; {@code "quoted phrases"}; {@code -word} and {@code -"phrase"} exclude;
 * {@code OR} (upper case) between two items makes them alternatives; {@code title:}, {@code
 * author:}, {@code outlet:} before a word or phrase limit it to that field; {@code word*} matches
 * words starting with {@code word} (at least {@value #MIN_PREFIX} letters, so a prefix cannot
 * expand to most of the vocabulary). An unbalanced quote, a lone {@code -} or {@code OR}, a stray
 * {@code :}, {@code *} or parenthesis is plain text, which analysis then reduces to its words.
 *
 * <p>Consecutive plain words stay together as one {@link Kind#WORDS} part so that multi-word
 * names ("Islamic State in Khorasan") reach the analyzer, and its synonym rules, in one piece.
 */
public final class LenientQueryParser {

  /** Shortest prefix accepted before {@code *}. */
  public static final int MIN_PREFIX = 2;

  /** Parses {@code input}; null or blank gives the empty query. */
  public UserQuery parse(String input) {
    return new Run(input == null ? "" : input).parse();
  }

  /** One parse: a cursor over the input and the parts collected so far. */
  private static final class Run {
    private final String input;
    private int pos;
    private final List<List<Part>> groups = new ArrayList<>();
    private final List<Part> excluded = new ArrayList<>();
    private final StringBuilder words = new StringBuilder();
    private Scope wordsScope = Scope.ANY;
    private boolean joinNext;

    Run(String input) {
      this.input = input;
    }

    UserQuery parse() {
      while (skipSpaces()) {
        readItem();
      }
      flushWords();
      List<Group> result = new ArrayList<>();
      List<Part> filters = new ArrayList<>();
      for (List<Part> group : groups) {
        if (isFilter(group)) {
          filters.addAll(group);
        } else {
          result.add(new Group(group));
        }
      }
      return new UserQuery(result, excluded, filters);
    }

    /** A group of whole values (no prefixes) for one filtering scope: {@code outlet:a OR outlet:"b c"}. */
    private static boolean isFilter(List<Part> group) {
      Scope scope = group.get(0).scope();
      return scope.filters() && group.stream().allMatch(part -> part.scope() == scope && part.kind() != Kind.PREFIX);
    }

    private void readItem() {
      boolean negate = false;
      if (input.charAt(pos) == '-' && pos + 1 < input.length() && !Character.isWhitespace(input.charAt(pos + 1))) {
        negate = true;
        pos++;
      }
      Scope scope = readScope();
      if (readPhrase(scope, negate)) {
        return;
      }
      String token = readToken();
      if (token.equals("OR") && !negate && scope == Scope.ANY && hasPrevious()) {
        splitLastWord();
        flushWords();
        joinNext = true;
        return;
      }
      if (token.isEmpty()) {
        return;
      }
      Part part = wordPart(token, scope);
      // every scoped word starts a part of its own: outlet:dawn outlet:tribune are two values
      if (negate || joinNext || part.kind() != Kind.WORDS || scope != wordsScope || scope != Scope.ANY) {
        flushWords();
        if (part.kind() == Kind.WORDS && !negate && !joinNext) {
          wordsScope = scope;
          words.append(token);
          return;
        }
        add(part, negate);
        return;
      }
      words.append(words.isEmpty() ? "" : " ").append(token);
    }

    /** Reads the quoted phrase at {@code pos}, if there is one; a quote that closes nothing is skipped. */
    private boolean readPhrase(Scope scope, boolean negate) {
      if (pos >= input.length() || input.charAt(pos) != '"') {
        return false;
      }
      int close = input.indexOf('"', pos + 1);
      if (close > pos + 1) {
        Part phrase = new Part(Kind.PHRASE, scope, input.substring(pos + 1, close));
        pos = close + 1;
        flushWords();
        add(phrase, negate);
        return true;
      }
      pos++;
      return false;
    }

    private Part wordPart(String token, Scope scope) {
      if (token.endsWith("*")) {
        String stem = token.substring(0, token.length() - 1);
        if (stem.codePointCount(0, stem.length()) >= MIN_PREFIX && stem.chars().allMatch(Character::isLetterOrDigit)) {
          return new Part(Kind.PREFIX, scope, stem);
        }
      }
      return new Part(Kind.WORDS, scope, token);
    }

    /** Reads {@code title:}, {@code author:} or {@code outlet:} when the input has one here. */
    private Scope readScope() {
      int colon = input.indexOf(':', pos);
      if (colon <= pos || colon + 1 >= input.length() || Character.isWhitespace(input.charAt(colon + 1))) {
        return Scope.ANY;
      }
      String name = input.substring(pos, colon);
      Scope scope = switch (name.toLowerCase(Locale.ROOT)) {
        case "title" -> Scope.TITLE;
        case "author" -> Scope.AUTHOR;
        case "outlet" -> Scope.OUTLET;
        default -> null;
      };
      if (scope == null) {
        return Scope.ANY;
      }
      pos = colon + 1;
      return scope;
    }

    private String readToken() {
      int start = pos;
      while (pos < input.length() && !Character.isWhitespace(input.charAt(pos)) && input.charAt(pos) != '"') {
        pos++;
      }
      if (pos == start && pos < input.length()) {
        pos++; // a quote that opens nothing: plain text, analysis drops it
      }
      return input.substring(start, pos).replace("\"", "");
    }

    private void add(Part part, boolean negate) {
      if (negate) {
        excluded.add(part);
      } else if (joinNext && !groups.isEmpty()) {
        groups.get(groups.size() - 1).add(part);
        joinNext = false;
      } else {
        groups.add(new ArrayList<>(List.of(part)));
        joinNext = false;
      }
    }

    private void flushWords() {
      if (!words.isEmpty()) {
        Part part = new Part(Kind.WORDS, wordsScope, words.toString());
        words.setLength(0);
        wordsScope = Scope.ANY;
        add(part, false);
      }
    }

    /** OR binds only the word right before it: the words before that form their own group. */
    private void splitLastWord() {
      int space = words.lastIndexOf(" ");
      if (space > 0) {
        String last = words.substring(space + 1);
        Scope scope = wordsScope;
        words.setLength(space);
        flushWords();
        wordsScope = scope;
        words.append(last);
      }
    }

    private boolean hasPrevious() {
      return !words.isEmpty() || !groups.isEmpty();
    }

    private boolean skipSpaces() {
      while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
        pos++;
      }
      return pos < input.length();
    }
  }
}
