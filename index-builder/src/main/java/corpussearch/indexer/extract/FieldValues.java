package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code field-block}: the title, authors, date and outlet that a {@link FieldBlocks key–value
 * block} states outright.
 *
 * <p>Only keys that name the article's own value are trusted, in English and in the languages of
 * the clipping services and exports that print them ("Fecha", "Datum", "Autor", "Quelle"): {@code
 * date}, {@code pubDate},
 * {@code published}, never {@code lastmod}, {@code updated} or a fetch time; {@code author}, {@code
 * dc:creator}; {@code publisher}, {@code source}, a feed's or channel's title (without its
 * section and address, "=== FEED: Valley Times - Local (https://…) ==="). A mail's {@code Subject} is its title without
 * "Fwd:"/"Re:" and without its sender's name before a dash; the sender's display name is the outlet
 * when it is not a person's name (a newsletter sends as itself). When a page holds several blocks
 * (a forwarded mail quotes the original below the forward) the last block that states a value
 * wins, because the innermost message is the article.
 */
final class FieldValues {
  private static final Map<MetadataField, Set<String>> KEYS =
      Map.of(
          TITLE, Set.of("title", "subject", "headline", "hed", "webheadline", "onlineheadline", "printheadline", "webtitle", "titre", "titel", "título", "titulo", "titolo", "judul", "naslov"),
          DATE, Set.of("date", "pubdate", "webpub", "webpublication", "published", "publishdate", "publishedat", "publicationdate",
              "dc:date", "issued", "datepublished", "releasedate", "released", "rundate", "edition", "for", "forpublication", "publishon", "fecha", "datum", "data", "tarikh", "tarih"),
          AUTHOR, Set.of("author", "authors", "creator", "dc:creator", "byline", "autor", "auteur", "autore", "penulis", "yazar"),
          OUTLET, Set.of("publisher", "dc:publisher", "source", "site", "sitename", "publication", "feed",
              "channel", "newsletter", "fuente", "quelle", "fonte", "sumber", "kaynak", "izvor", "media"));

  private static final String SENDER_KEY = "from";
  private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^(?:(?:re|fwd?|aw|tr)\\s*:\\s*)+");
  /** A mailing list's tag opening a subject, after any reply or forward marks: "[horn-security] FW: …", "Re: [ARTICLE] …". */
  private static final Pattern LIST_TAG = Pattern.compile("(?i)^(?:(?:re|fwd?|aw|tr)\\s*:\\s*)*+\\[[^\\[\\]]{1,40}+]\\s*+");
  private static final Pattern SENDER = Pattern.compile("^\"?([^\"<]+?)\"?\\s*<[^>]*>$");
  /** The name before the top-level domain of a sender's address, "nuukmorning" in "&lt;morning@nuukmorning.example&gt;". */
  private static final Pattern SENDER_DOMAIN = Pattern.compile("@(?:[\\w-]+\\.)*?([\\w-]+)\\.[a-z]{2,12}>");
  /** The mailbox of a sender's address, before its "@": "khorasanwatch" of "&lt;khorasanwatch@letters.example&gt;". */
  private static final Pattern SENDER_MAILBOX = Pattern.compile("<([\\w.+-]+)@");
  private static final Pattern WRITER_FROM = Pattern.compile("^(.+?)\\s+from\\s+(.+)$");
  private static final Pattern QUOTED = Pattern.compile("^([\"'])(.*)\\1$");
  private static final Pattern LIST = Pattern.compile("^\\[(.*)]$");
  private static final Pattern BY = Pattern.compile("^(?i:by)\\s+");
  private static final int MAX_LABEL_WORDS = 12;
  /** Words a newsletter's masthead adds to its name: "— Morning Edition", "Weekend briefing". */
  private static final int MAX_EDITION_WORDS = 4;
  /** What a feed's title adds to the publication's name: " - Local", " | News", "(https://…/feed/)". */
  private static final Pattern FEED_TAIL = Pattern.compile("(?:\\s+[|–—-]\\s+[^|–—-]{1,30})?(?:\\s*\\([^)]*\\))?$");
  private static final Pattern DASH = Pattern.compile("\\s+[|–—-]\\s+");

  private FieldValues() {}

  /** Whether {@code key} is one this reader takes a value from. */
  static boolean isTrusted(String key) {
    String bare = bare(key);
    return bare.equals(SENDER_KEY) || KEYS.values().stream().anyMatch(keys -> keys.contains(bare));
  }

  /**
   * Proposes the values of the blocks of {@code page} and marks their lines as metadata.
   *
   * @return the title the blocks state, with the line of its field: the caller looks for its echo
   */
  static Optional<TitleRules.Title> collect(ArticleLines page, Findings out) {
    List<FieldBlocks.Block> all = FieldBlocks.find(page);
    all.forEach(block -> out.markMetadata(block.lines()));
    // An event's "Date: / Venue:" inside the story is furniture but states no value of the article.
    List<FieldBlocks.Block> blocks = all.stream()
        .filter(block -> page.isTop(block.lines().iterator().next()) || block.fields().stream().anyMatch(FieldBlocks.Field::machine))
        .toList();
    if (blocks.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> from = last(blocks, Set.of(SENDER_KEY));
    blocks.stream().filter(block -> hasKey(block, SENDER_KEY)).forEach(mail -> ForwardersNotes.mark(page, mail, out));
    Optional<String> sender = from.flatMap(FieldValues::displayName).map(name -> writerFrom(name, out, blocks));
    Optional<String> subject = last(blocks, Set.of("subject"));
    sender.ifPresent(name -> {
      List<Integer> mastheads = mastheads(page, name);
      // A name printed as a masthead in capitals under the headers is a newsletter's, whatever its shape.
      if (isOrganisation(name, subject) || sendsFromItsName(name, from.orElseThrow())
          || mastheads.stream().anyMatch(line -> inCapitals(page.text(line), name))) {
        propose(out, OUTLET, publisher(name, from.orElseThrow(), page), blocks);
        mastheads.forEach(out::markMetadata);
      }
    });
    proposeStated(blocks, from.isPresent(), sender, out);
    return last(blocks, KEYS.get(TITLE))
        .flatMap(value -> read(TITLE, value, sender))
        .map(title -> StatedTitles.suffixed(page, title).map(split -> {
          if (split.outlet() != null) {
            propose(out, OUTLET, split.outlet(), blocks);
          }
          return split.headline();
        }).orElse(title))
        .map(title -> new TitleRules.Title(title, listPost(blocks) ? RuleNames.LIST_SUBJECT : RuleNames.FIELD_BLOCK, firstLine(blocks), Set.of()))
        .or(() -> last(blocks, KEYS.get(TITLE)).flatMap(value -> StatedTitles.digestLead(page, unquoted(value))));
  }

  /**
   * Whether the stated title is a subject a list member wrote when posting the article on
   * ("[list] FW: Somalia rules -- new commentary"): the headline the article prints beneath it is its title.
   */
  private static boolean listPost(List<FieldBlocks.Block> blocks) {
    return last(blocks, KEYS.get(TITLE)).filter(subject -> LIST_TAG.matcher(unquoted(subject)).lookingAt()).isPresent();
  }

  /**
   * The top lines that open with the sender's name, "THE DAILY BRIEF — MORNING EDITION": the
   * newsletter's masthead under its mail headers, never its headline.
   */
  private static List<Integer> mastheads(ArticleLines page, String name) {
    String key = OutletNames.comparable(name);
    return page.nonBlank().stream()
        .filter(line -> page.isTop(line) && OutletNames.comparable(page.text(line)).startsWith(key)
            && ArticleLines.wordCount(page.text(line)) <= ArticleLines.wordCount(name) + MAX_EDITION_WORDS)
        .toList();
  }

  /** Whether {@code line} opens with {@code name} in capitals: "KESTREL BAY HERALD — Weekend Briefing". */
  private static boolean inCapitals(String line, String name) {
    return line.length() >= name.length() && PageHeader.isCapitals(line.substring(0, name.length()))
        && line.substring(0, name.length()).equalsIgnoreCase(name);
  }

  private static int firstLine(List<FieldBlocks.Block> blocks) {
    return blocks.getFirst().lines().iterator().next();
  }

  /**
   * A short "Label: value" line above the body ("Word count: 612", "Suggested headline: …",
   * "Running time: 95 minutes") or a toolbar ("READ LATER    PRINT") between the headline at {@code
   * titleLine} and the body describes the article to its editors or buyers and is not text of it.
   */
  static void markTopLabels(ArticleLines page, int titleLine, Findings out) {
    page.nonBlank().stream()
        .filter(line -> line > titleLine && page.isTop(line) && ArticleLines.wordCount(page.text(line)) <= MAX_LABEL_WORDS)
        .filter(line -> FieldBlocks.isField(page.text(line)) || NavigationLines.isMenu(page.text(line))
            || NavigationLines.isToolbar(page.text(line)))
        .forEach(out::markMetadata);
  }

  /** Proposes the author, date and outlet the blocks state; {@code mail} when they are a mail's headers. */
  private static void proposeStated(List<FieldBlocks.Block> blocks, boolean mail, Optional<String> sender, Findings out) {
    for (MetadataField field : List.of(AUTHOR, DATE, OUTLET)) {
      // A mail's Date is when it was sent, often the morning after the story: any date the story prints wins.
      String rule = field == DATE && mail ? RuleNames.SENT_DATE : RuleNames.FIELD_BLOCK;
      last(blocks, KEYS.get(field))
          .flatMap(value -> read(field, value, sender))
          .ifPresent(value -> out.propose(new Candidate(field, value, rule, firstLine(blocks), Set.of())));
    }
  }

  private static boolean hasKey(FieldBlocks.Block block, String key) {
    return block.fields().stream().anyMatch(field -> bare(field.key()).equals(key));
  }

  private static Optional<String> last(List<FieldBlocks.Block> blocks, Set<String> keys) {
    return blocks.stream()
        .flatMap(block -> block.fields().stream())
        .filter(field -> keys.contains(bare(field.key())) && !field.value().isBlank())
        .map(FieldBlocks.Field::value)
        .reduce((first, second) -> second);
  }

  private static Optional<String> read(MetadataField field, String raw, Optional<String> sender) {
    String value = unquoted(raw);
    return switch (field) {
      case TITLE -> Optional.of(withoutSender(REPLY_PREFIX.matcher(LIST_TAG.matcher(value).replaceFirst("")).replaceFirst(""), sender))
          .filter(TitleRules::isTitleLike);
      case DATE -> DateParser.find(value).map(found -> found.date().toString());
      case AUTHOR -> people(value);
      case OUTLET -> Optional.of(FEED_TAIL.matcher(value).replaceFirst("")).filter(OutletNames::isOutletName);
    };
  }

  /** "The Brief — Why rates rose" sent by The Brief is "Why rates rose". */
  private static String withoutSender(String subject, Optional<String> sender) {
    Matcher dash = DASH.matcher(subject);
    if (sender.isPresent() && dash.find()
        && OutletNames.comparable(subject.substring(0, dash.start())).equals(OutletNames.comparable(sender.get()))) {
      return subject.substring(dash.end()).strip();
    }
    return subject;
  }

  /** The people in "A, B", "[A, B]", a list, or a byline as printed ("By A and B", "BY A AND B"), when every entry is a person's name. */
  private static Optional<String> people(String value) {
    Matcher list = LIST.matcher(value);
    String inner = BY.matcher(list.matches() ? list.group(1) : value).replaceFirst("");
    // a copy file's byline in capitals ("BYLINE: MIRIAM KRAUSE") names people as a page would write them
    List<String> names = Arrays.stream(inner.split("\\s*,\\s*|\\s+(?:and|AND|&)\\s+")).map(FieldValues::unquoted)
        .map(name -> PageHeader.isCapitals(name) ? NameCase.asWritten(name) : name).toList();
    return names.stream().allMatch(name -> PersonNames.isName(name, false) && !SegmentedBylines.isDesk(name))
        ? Optional.of(AuthorLineRules.joined(names))
        : Optional.empty();
  }

  /**
   * The publication of a sender named as a newsletter platform names a writer's mail, "Tomasz Reyes
   * from The Wallet Trail", proposed as the outlet; else {@code name} itself.
   */
  private static String writerFrom(String name, Findings out, List<FieldBlocks.Block> blocks) {
    Matcher writer = WRITER_FROM.matcher(name);
    if (writer.matches() && PersonNames.isName(writer.group(1), false) && OutletNames.isOutletName(writer.group(2))) {
      propose(out, OUTLET, writer.group(2), blocks);
      return writer.group(2);
    }
    return name;
  }

  private static Optional<String> displayName(String from) {
    Matcher sender = SENDER.matcher(from.strip());
    return sender.matches() ? Optional.of(sender.group(1).strip()) : Optional.empty();
  }

  /**
   * A sender is an organisation when its name has a publication's shape and not a person's, or
   * when the subject opens with it: a newsletter brands its subject, a person does not.
   */
  private static boolean isOrganisation(String name, Optional<String> subject) {
    boolean brandsSubject = subject
        .map(s -> OutletNames.comparable(REPLY_PREFIX.matcher(unquoted(s)).replaceFirst("")).startsWith(OutletNames.comparable(name)))
        .orElse(false);
    return OutletNames.isMasthead(name) && (brandsSubject || !PersonNames.isName(name, false));
  }

  /**
   * Whether the sender's address spells its display name, at its domain ("Nuuk Morning
   * &lt;morning@nuukmorning.example&gt;") or before it, as a newsletter platform's address has it
   * ("Khorasan Watch &lt;khorasanwatch@letters.example&gt;"): a publication mails from its own name.
   */
  private static boolean sendsFromItsName(String name, String from) {
    Matcher domain = SENDER_DOMAIN.matcher(from);
    Matcher mailbox = SENDER_MAILBOX.matcher(from);
    String letters = HostNames.letters(name, true);
    boolean spelled = domain.find() && HostNames.letters(domain.group(1), true).equals(letters)
        || mailbox.find() && HostNames.letters(mailbox.group(1), true).equals(letters);
    return OutletNames.isMasthead(name) && letters.length() > 3 && spelled;
  }

  /**
   * The publication whose newsletter mails under its own title: "The Mindanao Evening Brief
   * &lt;brief@mindanaodispatch.example&gt;" is Mindanao Dispatch's when the page writes the words its
   * domain is made of ({@link HostSpelledOutlets#spelledOnPage}) and they name a publication ("…
   * Dispatch"). A company's domain ("tollgatemarkets") leaves the newsletter its own title, and so
   * does a domain that spells the start of the title ("Manx Morning" for "Manx Morning Brief") or
   * nothing the page writes (a mail service's).
   */
  private static String publisher(String name, String from, ArticleLines page) {
    Matcher domain = SENDER_DOMAIN.matcher(from);
    if (!domain.find()) {
      return name;
    }
    return HostSpelledOutlets.spelledOnPage(domain.group(1).replace("-", "").toLowerCase(Locale.ROOT), page)
        .filter(OutletNames::hasPublicationWord)
        .filter(publication -> !letters(name).startsWith(letters(publication)))
        .orElse(name);
  }

  private static String letters(String name) {
    return OutletNames.comparable(name).replaceAll("[^\\p{L}\\d]", "");
  }

  private static void propose(Findings out, MetadataField field, String value, List<FieldBlocks.Block> blocks) {
    out.propose(new Candidate(field, value, RuleNames.FIELD_BLOCK, firstLine(blocks), Set.of()));
  }

  private static String unquoted(String value) {
    Matcher quoted = QUOTED.matcher(value.strip());
    return quoted.matches() ? quoted.group(2).strip() : value.strip();
  }

  private static String bare(String key) {
    return FieldBlocks.bare(key);
  }
}
