package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The writer's bio at the foot of the piece as a copy keeps it: pasted on the line under the last
 * paragraph, one paragraph a line, or under the writer's card with the role first ("Reporter for the
 * Post covering …"), or naming the paper the writer writes for ("… and writes for the Standard every
 * Sunday.") or the column ("… writes the Frontlines column every other Friday."). The story's closing paragraphs, which may name and describe a person, are kept.
 */
class AuthorBiosTest {

  @Property(tries = 60)
  void aBioOnTheLineUnderTheLastParagraphIsDropped(@ForAll("bios") String bio) {
    ParagraphSplit result = split(P1, P2, P3 + "\n" + bio);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
    assertThat(result.dropped(DropReason.AUTHOR_BIO)).isEqualTo(1);
  }

  @Property(tries = 60)
  void aBioOpeningWithTheRoleIsDropped(@ForAll("roleFirst") String bio, @ForAll boolean ownBlock) {
    ParagraphSplit result = ownBlock ? split(P1, P2, P3, bio) : split(P1, P2, P3 + "\n" + bio);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
  }

  @Property(tries = 40)
  void theStorysClosingParagraphsAreKept(@ForAll("closings") String closing, @ForAll boolean ownBlock) {
    ParagraphSplit result = ownBlock ? split(P1, P2, P3, closing) : split(P1, P2, P3 + "\n" + closing);

    assertThat(texts(result)).containsExactly(P1, P2, P3, closing);
  }

  @Property(tries = 80)
  void aBioNamingThePaperTheWriterWritesForIsDropped(@ForAll("columnistBios") String bio, @ForAll boolean ownBlock) {
    ParagraphSplit result = ownBlock ? split(P1, P2, P3, bio) : split(P1, P2, P3 + "\n" + bio);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
    assertThat(result.dropped(DropReason.AUTHOR_BIO)).isEqualTo(1);
  }

  /** A columnist's bio: a name, what the writer does, and the paper the writer writes for or the column the writer writes, and when. */
  @Provide
  Arbitrary<String> columnistBios() {
    Arbitrary<String> name = Arbitraries.of("Dr Aisha Bello-Kachalla", "Kwame Mensah", "Ngozi Eze Okafor", "Halima al Amin");
    Arbitrary<String> does = Arbitraries.of("teaches political science at a university in Maiduguri and", "works as a lawyer in Kano and",
        "is a retired magistrate who", "");
    Arbitrary<String> writes = Arbitraries.of("writes for the Arewa Standard every Sunday.", "writes a weekly column for the Daily Meridian.",
        "writes regularly for this newspaper on rural affairs.", "writes the Frontlines column on security and justice every other Friday.",
        "writes the weekly Sea Lanes column.");
    return Combinators.combine(name, does, writes).as((n, d, w) -> String.join(" ", n, d, w).replaceAll("\\s+", " "));
  }

  @Provide
  Arbitrary<String> bios() {
    return Arbitraries.of(
        "Dr Kamau is a lecturer in international relations at a university in Nairobi and a former regional security adviser.",
        "Amina Yusuf is a senior analyst at a Dakar-based security institute.",
        "Tomás Ferreira, a freelance journalist based in Maputo, has covered the conflict since 2017.");
  }

  @Provide
  Arbitrary<String> roleFirst() {
    return Arbitraries.of(
        "Reporter for the Post covering Poso and Morowali. Contact the newsroom via WhatsApp 0812-0000-0000.",
        "Senior correspondent for the Herald, based in Abuja.",
        "Staff writer covering courts and city hall.",
        "Political editor at the Ledger since 2019.");
  }

  @Provide
  Arbitrary<String> closings() {
    return Arbitraries.of(
        "Reporters for the station were not allowed into the court building, the union said on Friday.",
        "The editor of the regional paper said she would appeal against the ruling next week.",
        "Kamau said the talks would resume in January, after the harvest is sold.",
        "Correspondents based in the capital said the curfew had been lifted on Sunday morning.",
        "Ibrahim Musa writes to the governor every week, asking for the road to be repaired, his family said.",
        "Fatima Goni wrote for the regional paper until 2019, when she was detained for three months.");
  }
}
