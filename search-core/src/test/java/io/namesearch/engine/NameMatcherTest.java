package io.namesearch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

  private static final NameMatcher M = NameMatcher.defaults();
  private static final NameMatcher NICK = NameMatcher.builder().nicknames(true).build();

  private static NameMatch match(String a, String b) {
    NameMatch m = M.match(a, b);
    // the score does not depend on which name comes first
    assertEquals(m.score(), M.match(b, a).score(), 1e-9, a + " / " + b);
    return m;
  }

  private static void assertMatch(String a, String b) {
    NameMatch m = match(a, b);
    assertTrue(m.match(), a + " / " + b + ": " + m.explanation());
  }

  private static void assertNoMatch(String a, String b) {
    NameMatch m = match(a, b);
    assertFalse(m.match(), a + " / " + b + ": " + m.explanation());
  }

  private static PartMatch.Tier tierOf(NameMatch m, String a) {
    return m.alignment().stream().filter(p -> p.a().equals(a)).findFirst().orElseThrow().tier();
  }

  @Test
  void sameNameIsOne() {
    NameMatch m = match("Dmitry Baltrukov", "Dmitry Baltrukov");
    assertEquals(1.0, m.score());
    assertTrue(m.unmatchedA().isEmpty() && m.unmatchedB().isEmpty());
  }

  @Test
  void order() {
    NameMatch m = match("Baltrukov Dmitry", "Dmitry Baltrukov");
    assertEquals(1.0, m.score(), m.explanation());
    assertMatch("BALTRUKOV, Dmitry A.", "Dmitry Aleksandrovich Baltrukov");
    assertEquals(
        PartMatch.Tier.INITIAL,
        tierOf(match("BALTRUKOV, Dmitry A.", "Dmitry Aleksandrovich Baltrukov"), "A."));
  }

  @Test
  void patronymicOnOneSide() {
    NameMatch m = match("Dmitry Baltrukov", "Baltrukov Dmitry Aleksandrovich");
    assertTrue(m.score() >= 0.9, m.explanation());
    assertEquals(List.of("Aleksandrovich"), m.unmatchedB());
    assertTrue(m.explanation().contains("Aleksandrovich only in b"), m.explanation());
  }

  @Test
  void differentPatronymicsAreTwoPeople() {
    assertNoMatch("LUKIN, Sergey Nikolaevich", "LUKIN, Sergey Anatolyevich");
    NameMatch m = match("LUKIN, Sergey Nikolaevich", "LUKIN, Sergey Anatolyevich");
    assertTrue(
        m.explanation().contains("different: Nikolaevich \u2260 Anatolyevich"), m.explanation());
  }

  @Test
  void differentPatronymicsWeighAsMuchAsAnotherName() {
    // two fathers: below 0.7, as another given name is
    assertTrue(match("LUKIN, Sergey Nikolaevich", "LUKIN, Sergey Anatolyevich").score() < 0.7);
    assertTrue(match("LUKIN, Sergey", "LUKIN, Sergey Anatolyevich").match());
  }

  @Test
  void belarusianSpellingsOfSurnames() {
    // akanne: unstressed o and e written a and ia (Горбач, Гарбач)
    assertMatch("Gorba, Pavel", "Harba, Pavel");
    assertEquals(
        PartMatch.Tier.NEAR,
        tierOf(match("Yermolovich, Pavel", "Iarmalovich, Pavel"), "Yermolovich"));
    assertMatch("Stepanenko, Ivan", "Sciapanienka, Ivan");
    // tsekanne: t before a soft vowel written ts (Терешко, Цярэшка)
    assertMatch("Tereshko, Pavel", "Tsiareshka, Pavel");
    // -ou for -ov is an ending: the base forms stay one edit apart
    assertMatch("Radkevich, Oleg", "Radkevich, Aleh");
    // vowels alone never make two short names one (Kim, Kom) nor two first names (Igor, Yegor)
    assertNoMatch("Ivan Kim", "Ivan Kom");
    assertNoMatch("Popov Igor", "Popov Yegor");
  }

  @Test
  void longWordsMayBeTwoEditsApart() {
    assertEquals(
        PartMatch.Tier.NEAR,
        tierOf(match("Ermakovskiy, Pavel", "Iarmakouski, Pavel"), "Ermakovskiy"));
    assertNoMatch("Konstantinopolsky, Pavel", "Konstantinopolsky, Pyotr");
  }

  @Test
  void aNameWithAnElementAdded() {
    NameMatch m = match("Aliev, Rustamkhan", "Aliev, Rustam");
    assertEquals(PartMatch.Tier.DERIVED, tierOf(m, "Rustamkhan"));
    assertTrue(m.match(), m.explanation());
    assertNoMatch("Aliev, Rustamkhan Ibragimovich", "Aliev, Rustam Magomedovich");
  }

  @Test
  void differentGivenNamesAreTwoPeople() {
    assertNoMatch("IVANOV, Maksim Yevgenyevich", "IVANOV, Aleksandr Aleksandrovich");
    assertNoMatch("Dmitry Baltrukov", "Ivan Baltrukov");
  }

  @Test
  void initials() {
    assertMatch("D. Baltrukov", "Dmitry Baltrukov");
    assertMatch("Baltrukov D.A.", "Baltrukov Dmitry Aleksandrovich");
    assertMatch("Д. Балтруков", "Dmitry Baltrukov");
    assertNoMatch("I. Baltrukov", "Dmitry Baltrukov");
    assertTrue(
        match("D. Baltrukov", "Dmitry Baltrukov").score()
            < match("Dmitri Baltrukov", "Dmitry Baltrukov").score());
  }

  @Test
  void genderConflict() {
    NameMatch m = match("Ivanov Aleksandr", "Ivanova Aleksandra");
    assertTrue(m.genderConflict(), m.explanation());
    assertFalse(m.match(), m.explanation());
    assertTrue(
        m.explanation().contains("gender conflict: Ivanov is male, Ivanova female"),
        m.explanation());
    NameMatch surnameOnly = match("Khodorkovsky Ilya", "Khodorkovskaya Inna");
    assertTrue(surnameOnly.genderConflict(), surnameOnly.explanation());
    // the same first name on both sides has one gender: the other side's surname form is that
    // record's slip, not another person (Ukhnalev Svetlana is Svetlana Ukhnalyova)
    NameMatch sameFirstName = match("Khodorkovsky Mikhail", "Khodorkovskaya Mikhail");
    assertFalse(sameFirstName.genderConflict(), sameFirstName.explanation());
    assertTrue(sameFirstName.match(), sameFirstName.explanation());
    // and a name's own patronymic tells its gender (Nesievna: a woman, whatever Aymani reads as)
    assertFalse(match("KADYROVA, Aimana", "KADYROVA, Aymani Nesievna").genderConflict());
    assertTrue(match("Ivanov Aleksandr Petrovich", "Ivanova Aleksandra Petrovna").genderConflict());
    // the same gender in two languages is no conflict (Mykola, Mikalai: both masculine)
    assertFalse(match("Mykola Varabei", "Mikalai Varabei").genderConflict());
    assertFalse(match("Anna Ivanova", "Анна Иванова").genderConflict());
  }

  @Test
  void cyrillicAgainstLatin() {
    assertMatch("Dmitri Baltrukow", "БАЛТРУКОВ Дмитрий Александрович");
    assertMatch("Mikhail Khodorkovsky", "Ходорковский Михаил");
    assertMatch("Michail Chodorkowski", "Михаил Ходорковский");
    assertMatch("Jevgenij Andrejevitj Sjapetko", "Евгений Андреевич Сяпетко");
    assertEquals(
        PartMatch.Tier.VARIANT,
        tierOf(match("Dmitri Baltrukow", "БАЛТРУКОВ Дмитрий"), "Baltrukow"));
  }

  @Test
  void caseForms() {
    assertMatch("Дмитрию Балтрукову", "Dmitry Baltrukov");
    assertEquals(
        PartMatch.Tier.FAMILY,
        tierOf(match("Балтрукову Дмитрию", "Dmitry Baltrukov"), "Балтрукову"));
  }

  @Test
  void schemeVariantOutranksNamesake() {
    double scheme = match("Dmitry Baltrukov", "Dmitrii Baltroukov").score();
    double namesake = match("Dmitry Baltrukov", "Ivan Baltrukov").score();
    assertTrue(scheme > namesake, scheme + " <= " + namesake);
  }

  @Test
  void typo() {
    NameMatch typo = match("Dmitry Baltrukov", "Dmitry Baltrukow");
    assertTrue(typo.match(), typo.explanation());
    NameMatch oneLetter = match("Dmitry Baltrukov", "Dmitry Baltrokov");
    assertTrue(oneLetter.match(), oneLetter.explanation());
    double other = match("Dmitry Baltrukov", "Dmitry Petrov").score();
    assertTrue(oneLetter.score() > other, oneLetter.score() + " <= " + other);
    assertFalse(match("Dmitry Baltrukov", "Dmitry Petrov").match());
  }

  @Test
  void nicknamesOnlyWhenAsked() {
    NameMatch off = M.match("Dima Baltrukov", "Dmitry Baltrukov");
    assertFalse(off.match(), off.explanation());
    NameMatch on = NICK.match("Dima Baltrukov", "Dmitry Baltrukov");
    assertTrue(on.match(), on.explanation());
    assertEquals(PartMatch.Tier.NICKNAME, tierOf(on, "Dima"));
    assertTrue(NICK.nicknames());
    assertFalse(M.nicknames());
  }

  @Test
  void languageFormsAlwaysMatch() {
    for (NameMatcher m : List.of(M, NICK)) {
      NameMatch r = m.match("DARASHENKA, Volha", "DOROSHENKO, Olga");
      assertTrue(r.match(), r.explanation());
      assertEquals(PartMatch.Tier.LANGUAGE, tierOf(r, "Volha"));
    }
    assertMatch("Yauhen Shapetska", "Evgeny Shapetska");
  }

  @Test
  void noiseIsIgnored() {
    NameMatch m = match("Mr. Dmitry Baltrukov Jr.", "г-н Балтруков Дмитрий");
    assertEquals(List.of("Mr.", "Jr.", "г-н"), m.ignored());
    assertTrue(m.score() >= 0.95, m.explanation());
    assertTrue(m.explanation().contains("ignored: Mr., Jr., г-н"), m.explanation());
  }

  @Test
  void badInput() {
    assertThrows(IllegalArgumentException.class, () -> M.match("", "Ivanov"));
    assertThrows(IllegalArgumentException.class, () -> M.match("Ivanov", "   "));
    assertThrows(IllegalArgumentException.class, () -> M.match("12345", "Ivanov"));
    assertThrows(IllegalArgumentException.class, () -> M.match("Ivanov", "Mr."));
    assertThrows(IllegalArgumentException.class, () -> M.match(null, "Ivanov"));
    assertThrows(IllegalArgumentException.class, () -> M.match("a".repeat(1001), "Ivanov"));
    assertThrows(
        IllegalArgumentException.class,
        () -> M.match("a b c d e f g h i j k l m n o p q r s t u v w x y z", "Ivanov"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> M.match("Ivanov", "!!!"));
    assertEquals("second name has no letters: !!!", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NameMatcher.builder().threshold(1.5));
    assertThrows(IllegalArgumentException.class, () -> NameMatcher.builder().threshold(Double.NaN));
    assertThrows(NullPointerException.class, () -> NameMatcher.builder().engine(null));
  }

  @Test
  void thresholdDecidesMatch() {
    NameMatcher strict = NameMatcher.builder().threshold(0.99).build();
    NameMatch m = strict.match("Dmitry Baltrukov", "Baltrukov Dmitry Aleksandrovich");
    assertFalse(m.match(), m.explanation());
    assertEquals(0.99, strict.threshold());
    assertEquals(NameMatcher.DEFAULT_THRESHOLD, M.threshold());
  }

  @Test
  void preparedNamesScoreAsStrings() {
    NameMatcher.Name a = M.prepare("BALTRUKOV, Dmitry");
    NameMatcher.Name b = M.prepare("Дмитрий Балтруков");
    assertEquals(M.match("BALTRUKOV, Dmitry", "Дмитрий Балтруков"), M.match(a, b));
    assertEquals("BALTRUKOV, Dmitry", a.text());
    // names that match share a blocking key
    assertTrue(M.blockingKeys(a).stream().anyMatch(M.blockingKeys(b)::contains));
    assertTrue(
        M.blockingKeys(M.prepare("Volha X")).stream()
            .anyMatch(M.blockingKeys(M.prepare("Olga Y"))::contains));
  }

  /** Random text never breaks the matcher: a result in [0, 1], or a one-line error. */
  @Test
  void randomText() {
    Random r = new Random(17);
    String alphabet = "abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъыьэюяё ,.-'ÄÖÜćčšžў1\t";
    for (int i = 0; i < 3000; i++) {
      String a = random(r, alphabet);
      String b = random(r, alphabet);
      try {
        NameMatch m = M.match(a, b);
        assertTrue(m.score() >= 0 && m.score() <= 1, m.toString());
        assertEquals(m.score(), M.match(b, a).score(), 1e-9, a + " / " + b);
        assertFalse(m.explanation().contains("\n"));
      } catch (IllegalArgumentException e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
      }
    }
  }

  private static String random(Random r, String alphabet) {
    int n = r.nextInt(30);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
