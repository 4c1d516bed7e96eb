package corpussearch.indexer.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structured key–value blocks that exports wrap around an article: YAML front matter between
 * {@code ---} fences, a feed item dumped as text ({@code title:}, {@code pubDate:}, {@code
 * dc:creator:}), mail headers ({@code From:}, {@code Date:}, {@code Subject:}).
 *
 * <p>A <b>field line</b> is a one-token key, a colon and a value: the key is a lower-case
 * identifier, possibly namespaced ({@code dc:creator}), or a capitalised word, with a second word at
 * most ({@code Subject}, {@code Release date}),
 * so that prose and "Quick Facts:" headings are not fields. A <b>block</b> is a run of lines with no
 * blank between them, all field lines or list items ({@code - Name}) under an empty key, holding
 * at least {@value #MIN_FIELDS} fields of which one has a key this reader trusts or is a labelled
 * date line ("Released 9 August 2023", above "Embargoed: …"); or anything
 * between front-matter fences at the top. A line of several {@code key: value} columns counts its
 * columns. Once a page has a block, a lone line of lower-case keys is another machine field.
 *
 * <p>Every block line is furniture. The values are read by {@link FieldValues}.
 */
final class FieldBlocks {
  /** One field in a block; {@code machine} when a program wrote its key (lower case first). */
  record Field(String key, String value, int line, boolean machine) {}

  /** A block: its fields (list items joined into their key's value) and its lines. */
  record Block(List<Field> fields, Set<Integer> lines) {}

  static final int MIN_FIELDS = 2;
  private static final String SLUG = "slug";

  private static final String MACHINE_KEY = "[a-z][A-Za-z0-9_]{0,24}(?::[a-z][A-Za-z0-9_]{0,24})?";
  private static final String KEY = MACHINE_KEY + "|\\p{Lu}\\p{Ll}{1,15}(?:[- ]\\p{L}\\p{Ll}{1,15})?|\\p{Lu}{2,15}(?: \\p{Lu}{2,15})?";
  private static final Pattern FIELD = Pattern.compile("^(" + KEY + ")\\s*:(?:\\s+(.*))?$");
  private static final Pattern MACHINE = Pattern.compile(MACHINE_KEY);
  private static final Pattern LIST_ITEM = Pattern.compile("^[-*]\\s+(.+)$");
  private static final Pattern FRAMED = Pattern.compile("^[-=_*#~+]{3,}\\s*(\\p{L}{2,20})\\s*:\\s*(.+?)\\s*[-=_*#~+]{3,}$");
  /** A wide gap or a tab before another key: "Title:    Headline" aligns one value, it is no second column. */
  private static final Pattern COLUMNS = Pattern.compile("(?:\\s{3,}|\\s*\\t\\s*)(?=(?:" + KEY + ")\\s*:(?:\\s|$))");
  private static final String FENCE = "---";
  /** Marks a key read with no value, whose value may follow as list items. */
  static final String LIST = "[]";
  /** The key of a labelled date line in a block; its date is {@link DateRules}' to read. */
  private static final String DATE_LINE = "(date line)";
  private static final int MAX_FRONT_MATTER_LINES = 60;
  /** The most lines a caption over a run of fields takes. */
  private static final int MAX_CAPTION_LINES = 2;

  private FieldBlocks() {}

  /** The blocks of {@code page}, top to bottom. */
  static List<Block> find(ArticleLines page) {
    List<Block> blocks = new ArrayList<>();
    int start = frontMatter(page, blocks);
    List<Block> runs = runs(page, start);
    runs.stream().filter(FieldBlocks::isTrusted).forEach(blocks::add);
    bannerFields(page).forEach(blocks::add);
    if (!blocks.isEmpty()) {
      runs.stream().filter(run -> !isTrusted(run) && (isMachine(run) || isEditorsField(page, run))).forEach(blocks::add);
      blocks.sort(Comparator.comparingInt(block -> block.lines().iterator().next()));
    }
    return blocks;
  }

  /**
   * A field a banner frames, "=== FEED: Valley Times - Local (https://…) ===": one trusted field
   * is a block of its own, because the frame already sets it apart.
   */
  private static List<Block> bannerFields(ArticleLines page) {
    List<Block> found = new ArrayList<>();
    for (int line : page.nonBlank()) {
      Matcher framed = FRAMED.matcher(page.text(line));
      if (PageHeader.isBanner(page.text(line)) && framed.matches()) {
        String key = framed.group(1).toLowerCase(Locale.ROOT);
        if (FieldValues.isTrusted(key)) {
          found.add(new Block(List.of(new Field(key, framed.group(2).strip(), line, false)), Set.of(line)));
        }
      }
    }
    return found;
  }

  /** The leading fields of every run of lines between blanks and banners. */
  private static List<Block> runs(ArticleLines page, int start) {
    List<Block> runs = new ArrayList<>();
    for (int line = start; line < page.size(); line++) {
      if (isBreak(page, line)) {
        continue;
      }
      int end = line;
      while (end + 1 < page.size() && !isBreak(page, end + 1)) {
        end++;
      }
      fieldsUnderCaption(page, line, end).ifPresent(runs::add);
      line = end;
    }
    return runs;
  }

  /**
   * The fields of the run {@code first..last}, under a caption of a line or two: "THE CASPIAN REVIEW
   * – COPY FILE" over "SLUG: …" / "SECTION: …", "THE MERIDIAN REVIEW" / "FEATURES DESK - COPY FOR WEB
   * AND PRINT" over "Slug: …". Under a caption, two fields at least.
   */
  private static Optional<Block> fieldsUnderCaption(ArticleLines page, int first, int last) {
    for (int start = first; start <= Math.min(last, first + MAX_CAPTION_LINES); start++) {
      Optional<Block> run = fields(page, start, last, false);
      if (run.isPresent()) {
        return run.filter(found -> found.lines().contains(first) || found.fields().size() >= MIN_FIELDS);
      }
    }
    return Optional.empty();
  }

  /** A copy file's block names its story by a slug: the fields set apart under it ("BYLINE: …") are the desk's too. */
  private static boolean isTrusted(Block run) {
    return run.fields().size() >= MIN_FIELDS
        && run.fields().stream().anyMatch(f -> FieldValues.isTrusted(f.key()) || f.key().equals(DATE_LINE) || f.key().equals(SLUG));
  }

  /** A labelled date line ("Released 9 August 2023") stands among fields as one of them. */
  private static boolean isDateLine(String text) {
    return DateParser.parseDateLine(text).filter(DateParser.DateLine::labelled).isPresent();
  }

  /**
   * A field on a line of its own, its key in capitals and one this reader trusts, as a copy file
   * sets the headline and the byline apart under its block ("HED: …", "BYLINE: …").
   */
  private static boolean isEditorsField(ArticleLines page, Block run) {
    if (run.fields().size() != 1) {
      return false;
    }
    Field field = run.fields().get(0);
    String text = page.text(field.line());
    return text.indexOf(':') > 0 && PageHeader.isCapitals(text.substring(0, text.indexOf(':'))) && FieldValues.isTrusted(field.key());
  }

  private static boolean isMachine(Block run) {
    return run.fields().stream().allMatch(Field::machine);
  }

  /** {@code key} without the mark of a list read under it. */
  static String bare(String key) {
    return key.endsWith(LIST) ? key.substring(0, key.length() - LIST.length()) : key;
  }

  /** Blank lines and banners ("--- ITEM ---", "----- Forwarded message -----") end a run. */
  private static boolean isBreak(ArticleLines page, int line) {
    return page.isBlank(line) || PageHeader.isBanner(page.text(line));
  }

  /** Whether {@code text} is one {@code key: value} field with a value. */
  static boolean isField(String text) {
    Matcher field = FIELD.matcher(text);
    return field.matches() && field.group(2) != null && !field.group(2).isBlank();
  }

  /**
   * Whether {@code text} is a field with a lower-case key ("title: …", "dc:creator: …"), or fields
   * in columns: a program wrote it. "Analysis: Why rates rose" is a headline with a kicker.
   */
  static boolean isMachineField(String text) {
    Matcher field = FIELD.matcher(text);
    return field.matches() && MACHINE.matcher(field.group(1)).matches() || isFieldColumns(text);
  }

  /**
   * Whether {@code text} is two fields or more set in columns, "Urgency: 3   Topics: SEC DEF": a
   * form's or a feed's header, whichever case its keys are in. A kicker has one colon.
   */
  private static boolean isFieldColumns(String text) {
    String[] columns = COLUMNS.split(text.strip());
    return columns.length > 1 && Arrays.stream(columns).allMatch(column -> FIELD.matcher(column).matches());
  }

  private static int frontMatter(ArticleLines page, List<Block> blocks) {
    List<Integer> lines = page.nonBlank();
    if (lines.isEmpty() || !page.text(lines.get(0)).equals(FENCE)) {
      return 0;
    }
    int open = lines.get(0);
    for (int line = open + 1; line < page.size() && line <= open + MAX_FRONT_MATTER_LINES; line++) {
      if (page.text(line).equals(FENCE)) {
        Optional<Block> block = fields(page, open + 1, line - 1, true);
        if (block.isEmpty()) {
          return 0;
        }
        Set<Integer> all = new TreeSet<>(block.get().lines());
        all.add(open);
        all.add(line);
        blocks.add(new Block(block.get().fields(), all));
        return line + 1;
      }
    }
    return 0;
  }

  /** The fields of lines {@code first..last} up to the first line that is neither field nor list item. */
  private static Optional<Block> fields(ArticleLines page, int first, int last, boolean fenced) {
    List<Field> fields = new ArrayList<>();
    Set<Integer> lines = new TreeSet<>();
    for (int line = first; line <= last; line++) {
      String text = page.text(line);
      if (text.isEmpty()) {
        continue;
      }
      Matcher item = LIST_ITEM.matcher(text);
      if (item.matches() && isOpenList(fields)) {
        Field open = fields.remove(fields.size() - 1);
        String joined = open.value().isEmpty() ? item.group(1) : open.value() + ", " + item.group(1);
        fields.add(new Field(open.key(), joined, open.line(), open.machine()));
      } else if (!columns(text, line, fields) && !fenced) {
        break; // the fields above a body that follows without a blank line ("content:encoded:")
      }
      lines.add(line);
    }
    return fields.isEmpty() ? Optional.empty() : Optional.of(new Block(List.copyOf(fields), lines));
  }

  /** Whether the last field opened a list: its value was empty when read ("authors:"). */
  private static boolean isOpenList(List<Field> fields) {
    return !fields.isEmpty() && fields.get(fields.size() - 1).key().endsWith(LIST);
  }

  /** Adds the fields of {@code text}, one per column; false when a column is not a field. */
  private static boolean columns(String text, int line, List<Field> out) {
    List<Field> found = new ArrayList<>();
    for (String column : COLUMNS.split(text)) {
      Matcher field = FIELD.matcher(column);
      if (!field.matches()) {
        return isDateLine(text) && out.add(new Field(DATE_LINE, text, line, false));
      }
      String value = field.group(2) == null ? "" : field.group(2).strip();
      // "Release date", "release_date" and "releaseDate" are one key
      String key = field.group(1).toLowerCase(Locale.ROOT).replaceAll("[ _-]", "");
      boolean machine = MACHINE.matcher(field.group(1)).matches();
      found.add(new Field(value.isEmpty() ? key + LIST : key, value, line, machine));
    }
    out.addAll(found);
    return true;
  }
}
