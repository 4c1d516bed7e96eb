package corpussearch.indexer.paragraphs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops a contact card set on one line: a short label, a colon or a dash, then a telephone number
 * or an e-mail address ("Hotline for vaccination questions: 0 800 00147 (free of charge, Monday
 * to Friday)", "For media enquiries: Corporate Communications Unit, tel +268 2500 0147", "-- Desk
 * editor: Innocent Mugabo; desk@…", "Fako Pharma — open 24 hours at Molyko junction. Tel 655 500
 * 147"); or a line of a desk's name, its place and its number ("NNA English Desk, Jakarta, tel +62 21
 * 5550 1944."); or a postal address under its label ("Mail to Tristan: …, TDCU 1ZZ."); or a help
 * line under a question to the reader ("Need help? The … advice line is open daily …").
 *
 * <p>Why: a page sets out whom to call as a card, a label over the number; a story that gives a
 * number does so in a sentence that someone said, or with its verb before the number ("Residents
 * can call the hotline on …"), which the label shape refuses, and ends it with a full stop, which
 * a card's list of details does not.
 */
final class ContactLineRule extends LineRule {
  private static final Pattern LABELLED =
      Pattern.compile("(?u)(?:[-–—]+\\s*)?\\p{Lu}[^:—–!?\"“]{0,50}?(?::|\\s[—–-]\\s)\\s*\\S.*");
  private static final Pattern CONTACT =
      Pattern.compile(
          "(?iu)(?<![\\w.+-])[\\w.+-]++@[\\w-]+\\.[\\w.-]+"
              + "|(?:\\+\\d|\\b0)[\\d ()/.-]{6,}\\d"
              + "|\\b(?:tel|phone|call|whatsapp|hotline|fax|sms|text|mobile|mob|ph)\\.?\\s*(?::|on|at)?\\s*\\+?\\d[\\d ()/.-]{5,}\\d");
  /**
   * A card written as a line of parts, no label: a desk's name in capitalised words, its place, its
   * number ("NNA English Desk, Jakarta, tel +62 21 5550 1944."). Prose that gives a number has a
   * verb in lower case before it ("Residents can call the council, tel …").
   */
  private static final Pattern CARD =
      Pattern.compile("(?u)(?:\\p{Lu}[\\p{L}.&'’-]*\\s){0,5}\\p{Lu}[\\p{L}.&'’-]*,(?:\\s*\\p{Lu}[^,;:!?\"“]{0,40},){0,3}"
          + "\\s*(?i:tel|phone|ph|fax|mobile|mob)\\.?\\s*:?\\s*\\+?\\d[\\d ()/.-]{5,}\\d\\.?");
  /**
   * A postal address under its label, maybe with a word on the post after it: "Mail to Tristan:
   * Tristan da Cunha, South Atlantic Ocean, TDCU 1ZZ. Post takes up to three months.", "Postal
   * address: PO Box 85, Avarua". The post code or box number makes it an address; a story gives one
   * in a sentence with its verb before it.
   */
  private static final Pattern POSTAL_CARD = Pattern.compile(
      "(?iu)(?:postal address|mailing address|address|mail|post|letters|write)(?:\\s+(?:to|for)\\s+[^:.!?]{1,40})?\\s*:\\s*[^!?\"“]{0,120}?"
          + "(?:\\bp\\.?\\s?o\\.?\\s+box\\s+\\d+|(?-i:\\b\\p{Lu}{1,4}\\d?[\\p{Lu}\\d]?\\s\\d\\p{Lu}{2}\\b|\\b\\p{Lu}\\d\\p{Lu}\\s\\d\\p{Lu}\\d\\b))[^!?\"“]*");
  /**
   * A help service's card under a question to the reader: "Need help? The Bavarian advice line for
   * families is open daily from 8 am to 8 pm." A story asks no question of its reader before naming a
   * service.
   */
  private static final Pattern HELP_CARD = Pattern.compile(
      "(?iu)(?:need (?:help|support|advice|someone to talk to)|worried about [^?]{1,60}|are you (?:worried|concerned|affected)[^?]{0,60})\\?\\s+"
          + "[^?]{0,160}?\\b(?:help\\s?line|advice line|hotline|crisis line|support line|advice service|counselling service|help desk)\\b[^?]{0,160}");
  private static final Pattern LOWER = Pattern.compile("\\p{Ll}");
  private static final Pattern REPORTED = Pattern.compile("(?iu)\\b(?:said|says|told|according|asked)\\b");
  private static final int MAX_WORDS = 30;
  private static final int MAX_LABEL_WORDS = 6;
  private static final int MIN_DIGITS = 7;

  @Override
  public DropReason reason() {
    return DropReason.FOOTER;
  }

  @Override
  boolean matches(String line) {
    if (TextShapes.atMostWords(line, MAX_WORDS)
        && (CARD.matcher(line).matches() && hasContact(line) || POSTAL_CARD.matcher(line).matches() || HELP_CARD.matcher(line).matches())) {
      return true;
    }
    // a card lists; a line that ends a sentence ("Nurse Phiri – who runs the clinic – can be reached on … at night.") tells
    if (!TextShapes.atMostWords(line, MAX_WORDS) || TextShapes.endsSentence(line) || !LABELLED.matcher(line).matches()
        || REPORTED.matcher(line).find()) {
      return false;
    }
    String label = line.split("\\s*(?::|\\s[—–-]\\s)", 2)[0];
    // a label in capitals is a wire dateline ("MBABANE -"), whose story may well give a number
    return TextShapes.atMostWords(label, MAX_LABEL_WORDS) && LOWER.matcher(label).find() && hasContact(line);
  }

  /** An address, or a number long enough to dial: a date and time ("2024-03-05 09:14") has too few digits. */
  private static boolean hasContact(String line) {
    Matcher m = CONTACT.matcher(line);
    while (m.find()) {
      if (m.group().contains("@") || m.group().chars().filter(Character::isDigit).count() >= MIN_DIGITS) {
        return true;
      }
    }
    return false;
  }
}
