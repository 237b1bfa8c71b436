package org.responseplan.imports.hxl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing hashtags and the exact matching rule, each rule both firing and staying quiet. */
class HxlTagTest {
  private static HxlTag tag(String s) {
    return HxlTag.parse(s);
  }

  @Test
  void parsesCaseInsensitivelyWithWhitespace() {
    HxlTag t = tag("#Targeted +F+children");
    assertEquals("targeted", t.hashtag());
    assertEquals(Set.of("f", "children"), t.attributes());
    assertEquals("#targeted+f+children", t.toString());
    assertEquals(t, tag("  #TARGETED+children + f  "));
    assertEquals(t, HxlTag.of("targeted", "f", "children"));
    assertTrue(t.hasAttribute("F"));
    assertEquals(tag("#adm1+code"), tag("#ADM1+CODE"));
  }

  @Test
  void attributeOrderAndRepetitionDoNotMatter() {
    assertEquals(tag("#inneed+idps+f"), tag("#inneed+f+idps+f"));
    assertEquals("#inneed+f+idps", tag("#inneed+f+idps+f").toString());
    assertEquals(tag("#inneed+f+idps").hashCode(), tag("#inneed+idps+f").hashCode());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "targeted+f | a hashtag starts with '#'",
      "'' | the text is empty",
      "'   ' | the text is empty",
      "# | a name must follow '#'",
      "#1targeted | start with an ASCII letter",
      "#targeted+ | an attribute name must follow '+'",
      "#targeted++f | an attribute must start with an ASCII letter",
      "#targeted+f-m | unexpected '-'",
      "#tar geted | unexpected 'g'",
      "#país | unexpected 'í'",
      "#targeted+1f | an attribute must start with an ASCII letter"})
  void malformedTagsAreClearErrorsNamingTheText(String text, String why) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HxlTag.parse(text));
    assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
    assertTrue(e.getMessage().contains(why), e.getMessage());
    assertTrue(HxlTag.tryParse(text).isEmpty());
  }

  @Test
  void validTagsParse() {
    for (String s : List.of("#org", "#x_sex", "#adm1+code", "#value+funding+required+usd", "#sector+i_es",
        "#reached+age12_17", " #date + reported ")) {
      assertTrue(HxlTag.tryParse(s).isPresent(), s);
    }
  }

  // ---- exact matching ----

  @Test
  void sameAttributesMatch() {
    assertTrue(tag("#targeted+f").matches(tag("#targeted+f")));
    assertTrue(tag("#targeted+f+children").matches(tag("#targeted+children+f")));
    assertTrue(tag("#targeted").matches(tag("#TARGETED")));
  }

  @Test
  void otherAttributesNeverMatch() {
    assertFalse(tag("#targeted+f").matches(tag("#targeted+m")));
    assertFalse(tag("#targeted+f").matches(tag("#targeted")));
    assertFalse(tag("#targeted").matches(tag("#targeted+f")));
    assertFalse(tag("#targeted+f").matches(tag("#targeted+f+children")));
    assertFalse(tag("#targeted+f").matches(tag("#inneed+f")));
  }

  @Test
  void aQueryForIdpsNeverTakesItsSexSplit() {
    HxlTag query = tag("#inneed+idps");
    assertTrue(query.matches(tag("#inneed+idps")));
    assertFalse(query.matches(tag("#inneed+idps+f")));
    assertFalse(query.matches(tag("#inneed+idps+m")));
    assertFalse(query.matches(tag("#inneed+f")));
    assertFalse(query.matches(tag("#inneed")));
  }

  @Test
  void languageAttributesOfAColumnAreIgnored() {
    assertTrue(tag("#sector").matches(tag("#sector+es")));
    assertTrue(tag("#sector").matches(tag("#sector+i_fr")));
    assertTrue(tag("#targeted+f").matches(tag("#targeted+f+en")));
    assertTrue(HxlTag.isInformational("es"));
    assertTrue(HxlTag.isInformational("i_en"));
  }

  @Test
  void aLanguageTheQueryNamesMustBeOnTheColumn() {
    assertTrue(tag("#sector+es").matches(tag("#sector+es")));
    assertFalse(tag("#sector+es").matches(tag("#sector")));
    assertFalse(tag("#sector+es").matches(tag("#sector+en")));
  }

  @Test
  void codeAndNameAreNotInformational() {
    assertFalse(HxlTag.isInformational("code"));
    assertFalse(HxlTag.isInformational("name"));
    assertFalse(tag("#adm1").matches(tag("#adm1+code")));
    assertFalse(tag("#adm1+code").matches(tag("#adm1")));
    assertFalse(tag("#adm1+code").matches(tag("#adm1+name")));
    assertTrue(tag("#adm1+code").matches(tag("#adm1+code+es")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"f", "m", "i", "id", "children", "idps", "usd", "i_", "i_english"})
  void onlyLanguageTagsAreInformational(String attribute) {
    assertFalse(HxlTag.isInformational(attribute), attribute);
  }

  @Test
  void aTableFindsColumnsByExactMatch() {
    String csv = "#inneed+idps,#inneed+idps+f,#inneed+idps+m,#inneed+idps+es\n1,2,3,4\n";
    HxlTable t = HxlReader.create().readTable(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))
        .value();
    List<HxlTable.Column> found = t.columns(tag("#inneed+idps"));
    assertEquals(List.of(0, 3), found.stream().map(HxlTable.Column::index).toList());
    assertEquals(List.of(1), t.columns(tag("#inneed+f+idps")).stream().map(HxlTable.Column::index).toList());
    assertTrue(t.columns(tag("#inneed")).isEmpty());
    assertEquals("2", t.rows().get(0).get(t.column(tag("#inneed+idps+f")).orElseThrow()));
  }
}
