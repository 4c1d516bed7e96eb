package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One nested group per furniture family: positives, and prose that must survive. */
class FurnitureRulesTest {

  @Nested
  class Comments {
    @Test
    void lateHeaderOpensTheCommentRegion() {
      ParagraphSplit split =
          split(
              P1,
              P2,
              P3,
              "5 Comments",
              "maria_k | 2 days ago | Reply",
              "Absolutely right, the canal has been broken for years and nobody in power cares.",
              "Replying to maria_k",
              "Same problem in our village, we had to dig our own well last summer.",
              "Reader comments are moderated before publication.");
      assertThat(texts(split)).containsExactly(P1, P2, P3);
      assertThat(split.dropped(DropReason.COMMENTS)).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Comments",
          "COMMENTS (12)",
          "Show Comments (3)",
          "Leave a comment",
          "Post a Reply",
          "Join the discussion",
          "3 thoughts on “Water talks stall”"
        })
    void headersOpenTheRegion(String header) {
      ParagraphSplit split = split(P1, P2, P3, header, "Great article, thanks for writing it.");
      assertThat(texts(split)).containsExactly(P1, P2, P3);
      assertThat(split.dropped(DropReason.COMMENTS)).isEqualTo(2);
    }

    @Test
    void headerAtTheTopDropsOnlyItself() {
      ParagraphSplit split = split("12 Comments", P1, P2, P3);
      assertThat(texts(split)).containsExactly(P1, P2, P3);
      assertThat(split.dropped(DropReason.COMMENTS)).isEqualTo(1);
    }

    @Test
    void formAndModerationLinesAnywhere() {
      ParagraphSplit split =
          split(
              P1,
              "Your email address will not be published. Required fields are marked *",
              "jon.doe | March 3, 2021 at 4:12 pm | Reply",
              "Log in to comment",
              P2);
      assertThat(texts(split)).containsExactly(P1, P2);
    }

    @Test
    void proseAboutCommentsIsKept() {
      String prose =
          "The minister's comments drew criticism from opposition leaders, who said he had"
              + " misrepresented the terms of the agreement.";
      String reply =
          "Replying to questions from reporters, the spokesman said the inspection would begin"
              + " next month.";
      ParagraphSplit split = split(P1, prose, reply, P2);
      assertThat(texts(split)).containsExactly(P1, prose, reply, P2);
      assertThat(split.dropped()).isEmpty();
    }
  }

  @Nested
  class ReactionWidget {
    @Test
    void headerWithCountersAndMoodLabels() {
      ParagraphSplit split =
          split(P1, P2, "How do you feel about this article?\nHappy\n3\nSad\n0\nAngry\n7", P3);
      assertThat(texts(split)).containsExactly(P1, P2, P3);
      assertThat(split.dropped(DropReason.REACTION_WIDGET)).isEqualTo(7);
    }

    @Test
    void widgetSpreadOverFollowingBlocks() {
      ParagraphSplit split = split(P1, "Your Reaction?", "Excited\nBored", "+4\n-2", P2);
      assertThat(texts(split)).containsExactly(P1, P2);
      assertThat(split.dropped(DropReason.REACTION_WIDGET)).isEqualTo(5);
    }

    @Test
    void counterRunsWithoutHeader() {
      ParagraphSplit split = split(P1, "+12\n3", P2);
      assertThat(texts(split)).containsExactly(P1, P2);
      assertThat(split.dropped(DropReason.REACTION_WIDGET)).isEqualTo(2);
    }

    @Test
    void shortHeadingsWithoutAWidgetHeaderAreSections() {
      ParagraphSplit split = split(P1, "Mixed Feelings", P2);
      assertThat(split.paragraphs().get(1).section()).isEqualTo("Mixed Feelings");
      assertThat(split.dropped()).isEmpty();
    }
  }

  @Nested
  class RelatedList {
    @Test
    void labelFollowedByDenseHeadlineBlock() {
      ParagraphSplit split =
          split(
              P1,
              P2,
              "More Stories",
              "Drought Deepens Across the South\nFarmers Turn to Solar Pumps\n"
                  + "Why Canal Repairs Keep Failing\nOfficials Blame Weather for Losses\n"
                  + "A Village Digs Its Own Wells\nThe minister resigned over the scandal.",
              P3);
      assertThat(texts(split)).containsExactly(P1, P2, P3);
      assertThat(split.dropped(DropReason.RELATED_LIST)).isEqualTo(7);
    }

    @Test
    void labelThenOneLineItemsThenProseIsKept() {
      ParagraphSplit split =
          split(P1, "Read also:", "Farmers Turn to Solar Pumps", "Why Canal Repairs Keep Failing", P2, P3);
      assertThat(texts(split)).containsExactly(P1, P2, P3);
      assertThat(split.dropped(DropReason.RELATED_LIST)).isEqualTo(3);
      assertThat(split.paragraphs()).allMatch(p -> p.section() == null);
    }

    @Test
    void labelDirectlyFollowedByProseKeepsTheProse() {
      ParagraphSplit split = split(P1, "Related", P2, P3);
      assertThat(texts(split)).containsExactly(P1, P2, P3);
      assertThat(split.dropped(DropReason.RELATED_LIST)).isEqualTo(1);
    }

    @Test
    void unlabelledDenseBlockIsDroppedByDensity() {
      ParagraphSplit split =
          split(
              P1,
              P2,
              "Markets Rally on Rate Hopes\nStorm Warning for the Coast\nLocal Team Wins Cup Final\n"
                  + "New Bridge Opens to Traffic\nSchools Reopen After Holiday",
              P3);
      assertThat(texts(split)).containsExactly(P1, P2, P3);
    }

    @Test
    void runOfOneLineHeadlineBlocksIsDropped() {
      ParagraphSplit split =
          split(P1, P2, P3, "Markets Rally on Rate Hopes", "Storm Warning for the Coast",
              "Local Team Wins Cup Final", "New Bridge Opens to Traffic");
      assertThat(texts(split)).containsExactly(P1, P2, P3);
      assertThat(split.dropped(DropReason.RELATED_LIST)).isEqualTo(4);
    }

    @Test
    void proseListOfSentencesIsKept() {
      String block =
          "The council approved the budget.\nThe mayor signed it the same day.\n"
              + "Critics said it was rushed.\nSupporters called it overdue.\nA vote on taxes follows next week.";
      ParagraphSplit split = split(P1, block);
      assertThat(texts(split)).hasSize(6);
      assertThat(split.dropped()).isEmpty();
    }
  }

  @Nested
  class LineShapes {
    @ParameterizedTest
    @ValueSource(strings = {"Share", "Tweet", "Share on Facebook", "Facebook | Twitter | LinkedIn | Email",
        "Share this article", "WhatsApp Telegram", "Print", "1.2K Shares"})
    void shareBars(String line) {
      assertThat(new ShareBarRule().matches(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share prices fell sharply on Monday.", "Share of the vote",
        "Facebook said it would remove the posts.", "Twitter users shared the video widely."})
    void shareWordsInProse(String line) {
      assertThat(new ShareBarRule().matches(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Back to top", "Go to top ↑", "Close", "×", "›", "Read more »", "Next article",
        "Skip to main content", "1:24", "0:00 / 3:12", "Advertisement", "Menu"})
    void navigation(String line) {
      assertThat(new NavigationRule().matches(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Close allies of the president denied the report.", "Top officials met in Doha.",
        "Home Secretary Priti Patel", "The talks began at 10:30 and ended at noon."})
    void navigationWordsInProse(String line) {
      assertThat(new NavigationRule().matches(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"© Daily Ledger Media 2023", "Copyright 2019 Ledger Group Ltd.",
        "Copyright © Northern Post", "(c) 2022 The Gazette. All Rights Reserved.", "All rights reserved."})
    void copyright(String line) {
      assertThat(new CopyrightRule().matches(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The copyright dispute between the studio and the author dragged on for years.",
        "Copyright law in the region is rarely enforced, lawyers say."})
    void copyrightInProse(String line) {
      assertThat(new CopyrightRule().matches(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The opinions expressed in this column do not necessarily reflect the position of the Ledger.",
        "Views expressed here are solely those of the author.",
        "The views and opinions expressed by contributors don't represent the editorial board."})
    void disclaimers(String line) {
      assertThat(new DisclaimerRule().matches(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Many voters expressed views that reflected deep anger at the government.",
        "Opinions differ on whether the deal will hold."})
    void opinionsInProse(String line) {
      assertThat(new DisclaimerRule().matches(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Newsletter", "Daily Newsletter", "Sign up for our weekly briefing newsletter",
        "Subscribe to get updates", "Get the top stories delivered to your inbox", "Enter your email"})
    void newsletter(String line) {
      assertThat(new NewsletterRule().matches(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The group's newsletter called for attacks on Western targets.",
        "Newsletters were seized during the raid on the compound last week."})
    void newsletterInProse(String line) {
      assertThat(new NewsletterRule().matches(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Download PDF", "Click here to download the full report", "Choose an edition to download:",
        "Download our app"})
    void downloadPrompts(String line) {
      assertThat(new DownloadPromptRule().matches(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Investigators said the suspect had downloaded bomb-making manuals.",
        "Millions of users download the app each month, the company said."})
    void downloadsInProse(String line) {
      assertThat(new DownloadPromptRule().matches(line)).isFalse();
    }

    @Test
    void lineShapeRulesEndToEnd() {
      ParagraphSplit split =
          split(P1, "Share\nTweet", P2, "Back to top", P3,
              "Sign up for our newsletter", "Copyright © 2024 Valley Times Ltd",
              "The opinions expressed here do not necessarily reflect those of Valley Times.",
              "Download the digest:");
      assertThat(texts(split)).containsExactly(P1, P2, P3);
      assertThat(split.dropped())
          .containsEntry(DropReason.SHARE_BAR, 2)
          .containsEntry(DropReason.NAVIGATION, 1)
          .containsEntry(DropReason.NEWSLETTER, 1)
          .containsEntry(DropReason.COPYRIGHT, 1)
          .containsEntry(DropReason.DISCLAIMER, 1)
          .containsEntry(DropReason.DOWNLOAD_PROMPT, 1);
    }
  }

  @Nested
  class AuthorBio {
    @ParameterizedTest
    @ValueSource(strings = {
        "Amina Yusuf is a PhD student at Leiden University. She tweets at @aminay.",
        "The author is a former diplomat and a fellow at the Centre for Water Policy.",
        "Tomas de la Vega, journalist and analyst, exclusively for the Valley Times.",
        "Priya Nair was a correspondent in Kabul from 2009 to 2014 and is now based in Delhi.",
        "Teo Manalo has covered the islands for the Tribune since 2003. His column Sea Lanes appears every Saturday."})
    void lateBioIsDropped(String bio) {
      ParagraphSplit split = split(P1, P2, P3, bio);
      assertThat(texts(split)).containsExactly(P1, P2, P3);
      assertThat(split.dropped(DropReason.AUTHOR_BIO)).isEqualTo(1);
    }

    @Test
    void writtenByLabelAndName() {
      ParagraphSplit split = split(P1, P2, P3, "Written by:\nJane Okafor");
      assertThat(texts(split)).containsExactly(P1, P2, P3);
      assertThat(split.dropped(DropReason.AUTHOR_BIO)).isEqualTo(2);
    }

    @Test
    void personDescribedEarlyInTheArticleIsKept() {
      String person =
          "Amina Yusuf is a student at the local college whose family farm lost its harvest.";
      ParagraphSplit split = split(person, P1, P2, P3);
      assertThat(texts(split)).containsExactly(person, P1, P2, P3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ahmed Karimi is a farmer who still hopes the canal will be repaired.",
        "Mayor Reyes has promised to answer his critics in his weekly column on Sunday."})
    void lastParagraphAboutSomeoneElseWithoutBioCueIsKept(String last) {
      ParagraphSplit split = split(P1, P2, P3, last);
      assertThat(texts(split)).containsExactly(P1, P2, P3, last);
    }
  }

  @Nested
  class Metadata {
    @Test
    void metadataLinesAndTheirEchoesAreDropped() {
      List<String> lines =
          Articles.blocks("Canal Talks Stall Again", "By Staff Reporter", "Canal Talks Stall Again", P1, P2);
      ParagraphSplit split = new ParagraphSplitter().split(lines, Set.of(0, 2));
      assertThat(texts(split)).containsExactly(P1, P2);
      assertThat(split.dropped(DropReason.METADATA)).isEqualTo(3);
    }
  }

  @Nested
  class Byline {
    @ParameterizedTest
    @ValueSource(strings = {"Leila Haddad March 4, 2022", "12.05.2020 Author: Omar Said", "By Leila Haddad",
        "Monday, 4 March 2022", "Posted by admin on 2021-07-01"})
    void unclaimedBylinesAboveTheBodyAreMetadata(String line) {
      ParagraphSplit split = split(line, P1, P2);
      assertThat(texts(split)).containsExactly(P1, P2);
      assertThat(split.paragraphs()).allMatch(p -> p.section() == null);
      assertThat(split.dropped(DropReason.METADATA)).isEqualTo(1);
    }

    @Test
    void datesInsideTheBodyAreKept() {
      String dated = "By March 4, 2022 the canal was dry";
      ParagraphSplit split = split(P1, dated, P2);
      assertThat(texts(split)).containsExactly(P1, dated, P2);
    }
  }
}
