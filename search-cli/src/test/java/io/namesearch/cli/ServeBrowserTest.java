package io.namesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of {@code search serve} in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}). Without them the tests are skipped and say why, except under {@code
 * CI=true}, where a missing browser fails them.
 */
class ServeBrowserTest {

  static final List<String> BROWSERS =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  static final List<String> DRIVERS =
      List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  static ServeFixture serve;
  static WebDriver driver;
  static Path profile;

  static String firstExisting(List<String> paths) {
    return paths.stream().filter(p -> new File(p).canExecute()).findFirst().orElse(null);
  }

  @BeforeAll
  static void start() throws Exception {
    String browser = firstExisting(BROWSERS);
    String chromedriver = firstExisting(DRIVERS);
    if (browser == null || chromedriver == null) {
      String why =
          "no headless browser: install Debian's chromium and chromium-driver"
              + " (apt-get install -y chromium chromium-driver); looked for "
              + BROWSERS
              + " and "
              + DRIVERS;
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true and " + why);
      }
      System.err.println("ServeBrowserTest skipped: " + why);
      Assumptions.abort(why);
    }
    serve = new ServeFixture(ServeFixture.seedsAndHostile(), SearchServer.Config.defaults());
    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--disable-dev-shm-usage",
        "--disable-features=Translate,OptimizationHints,MediaRouter",
        "--user-data-dir=" + profile,
        "--window-size=1000,760",
        "--lang=en");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(chromedriver))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (serve != null) {
        serve.close();
      }
      if (profile != null) {
        deleteTree(profile);
      }
    }
  }

  static void deleteTree(Path p) {
    try (var walk = Files.walk(p)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (java.io.IOException e) {
      // a temporary profile; nothing of the user's
    }
  }

  @BeforeEach
  void wideWindow() {
    driver.manage().window().setSize(new Dimension(1000, 760));
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  void open(String pathAndQuery) {
    driver.get(serve.base() + pathAndQuery);
    waiting()
        .until(
            d ->
                ((JavascriptExecutor) d)
                    .executeScript("return document.readyState")
                    .equals("complete"));
  }

  List<WebElement> waitForHits(int n) {
    waiting()
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results > li.hit"), n));
    return driver.findElements(By.cssSelector("#results > li.hit"));
  }

  String status() {
    return driver.findElement(By.id("status")).getText();
  }

  @Test
  void typingBaltrukovShowsBothArticlesWithTheWordHighlighted() throws Exception {
    open("/");
    WebElement q = driver.findElement(By.id("q"));
    assertEquals(q, driver.switchTo().activeElement(), "the search box has the focus");
    q.sendKeys("Baltrukov");
    List<WebElement> hits = waitForHits(2);
    waiting().until(d -> status().startsWith("2 hits"));
    String text = hits.get(0).getText() + "\n" + hits.get(1).getText();
    assertTrue(text.contains("001_1671f51fc9d73053.txt"), text);
    assertTrue(text.contains("Russian official who tried to overthrow Putin"), text);
    for (WebElement hit : hits) {
      List<WebElement> marks = hit.findElements(By.cssSelector(".snippet mark"));
      assertFalse(marks.isEmpty(), hit.getText());
      assertEquals("baltrukov", marks.get(0).getText().toLowerCase(Locale.ROOT));
      assertEquals(
          "exact",
          hit.findElement(By.cssSelector(".matches .tier")).getText().toLowerCase(Locale.ROOT));
    }
    assertTrue(
        driver.getCurrentUrl().endsWith("/?q=Baltrukov"),
        "the query is in the URL: " + driver.getCurrentUrl());
    screenshot();
  }

  /** Writes the picture the README shows: the page after a search, at a small size. */
  void screenshot() throws Exception {
    byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
    Path out = Path.of("target", "serve-page.png");
    Files.createDirectories(out.getParent());
    Files.write(out, png);
    assertTrue(png.length > 1000);
  }

  @Test
  void aSharedUrlRunsItsQuery() {
    open("/?q=Khodorkovsky");
    List<WebElement> hits = waitForHits(1);
    assertEquals("Khodorkovsky", driver.findElement(By.id("q")).getAttribute("value"));
    assertTrue(
        hits.get(0).getText().contains("Khordorkovsky ≈ Khodorkovsky"), hits.get(0).getText());
  }

  @Test
  void aCyrillicQueryFindsTheLatinSpelling() {
    open("/");
    driver.findElement(By.id("q")).sendKeys("Балтруков", Keys.ENTER);
    List<WebElement> hits = waitForHits(2);
    for (WebElement hit : hits) {
      assertEquals("Baltrukov", hit.findElement(By.cssSelector(".snippet mark")).getText());
      assertTrue(
          hit.findElement(By.cssSelector(".matches")).getText().contains("Baltrukov ≈ Балтруков"),
          hit.getText());
    }
    assertTrue(status().contains("Балтруков"), status());
  }

  @Test
  void theTierFilterLivesInTheUrlAndWorksByKeyboard() {
    open(
        "/?q="
            + java.net.URLEncoder.encode("Балтруков", java.nio.charset.StandardCharsets.UTF_8)
            + "&min_tier=exact");
    waiting().until(d -> status().startsWith("No hits for “Балтруков”"));
    WebElement tier = driver.findElement(By.id("min_tier"));
    assertEquals("exact", tier.getAttribute("value"));
    tier.sendKeys(Keys.ARROW_DOWN); // to "variant spellings": a keyboard change fires 'change'
    waitForHits(2);
    assertEquals("variant", tier.getAttribute("value"));
    assertTrue(driver.getCurrentUrl().contains("min_tier=variant"), driver.getCurrentUrl());
  }

  @Test
  void moreResultsPageOnByKeyboard() {
    open("/?q=Putin&limit=2");
    waitForHits(2);
    WebElement more = driver.findElement(By.id("more"));
    assertTrue(more.isDisplayed(), "a button for the next page");
    more.sendKeys(Keys.ENTER);
    List<WebElement> hits = waitForHits(4);
    assertEquals(hits.get(2), driver.switchTo().activeElement(), "the focus moves to the new page");
    assertTrue(
        hits.get(2).getAttribute("aria-label").startsWith("3. "),
        hits.get(2).getAttribute("aria-label"));
    assertTrue(status().startsWith("Showing 4 of"), status());
    assertTrue(driver.getCurrentUrl().contains("limit=2"), driver.getCurrentUrl());
  }

  @Test
  void aFullNameQueryShowsTheMention() throws Exception {
    com.fasterxml.jackson.databind.JsonNode first =
        serve.get("/api/search?q=Dmitri%20Paljuga").json().get("hits").get(0);
    Assumptions.assumeTrue(
        first != null && first.has("mention"),
        "this build's --json hits have no person mention yet (the person-search issue)");
    open("/?q=Dmitri%20Paljuga");
    waiting()
        .until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#results > li.hit"), 0));
    WebElement hit = driver.findElements(By.cssSelector("#results > li.hit")).get(0);
    String shown = hit.findElement(By.className("mention")).getText();
    assertTrue(
        shown.contains(first.get("mention").get("explain").asText()), shown + " vs " + first);
  }

  @Test
  void anEmptyQueryShowsAMessage() {
    open("/?q=Baltrukov");
    waitForHits(2);
    WebElement q = driver.findElement(By.id("q"));
    q.clear();
    q.sendKeys("   ", Keys.ENTER);
    waiting().until(d -> status().startsWith("Type a name to search for"));
    assertTrue(driver.findElements(By.cssSelector("#results > li")).isEmpty());
  }

  @Test
  void theVariantsPanelListsTheSpellings() {
    open("/");
    driver.findElement(By.id("q")).sendKeys("Khodorkovsky", Keys.ENTER);
    waitForHits(1);
    WebElement panel = driver.findElement(By.id("variants"));
    waiting().until(ExpectedConditions.visibilityOf(panel));
    waiting()
        .until(
            d -> d.findElement(By.id("variants-note")).getText().contains("found in the archive"));
    List<WebElement> items = panel.findElements(By.cssSelector("#variants-list li"));
    assertEquals(2, items.size(), panel.getText());
    assertEquals(
        "exact", items.get(0).findElement(By.className("tier")).getText().toLowerCase(Locale.ROOT));
    assertTrue(items.get(0).getText().endsWith("Khodorkovsky 1 document"), items.get(0).getText());
    assertTrue(items.get(1).getText().contains("Khordorkovsky"), items.get(1).getText());
    assertTrue(
        items.get(1).getText().toLowerCase(Locale.ROOT).contains("typo"), items.get(1).getText());
  }

  @Test
  void worksWithTheKeyboardAlone() {
    open("/");
    Actions keys = new Actions(driver);
    keys.sendKeys("Putin").sendKeys(Keys.ENTER).perform();
    waiting().until(d -> status().contains("for “Putin”"));
    // Tab from the search box through the form to the first result.
    WebElement first = driver.findElements(By.cssSelector("#results > li.hit")).get(0);
    for (int i = 0; i < 12 && !first.equals(driver.switchTo().activeElement()); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    assertEquals(first, driver.switchTo().activeElement(), "Tab reaches the first result");
    keys.sendKeys(Keys.TAB).perform();
    assertEquals(
        driver.findElements(By.cssSelector("#results > li.hit")).get(1),
        driver.switchTo().activeElement(),
        "and the next one");
    // '/' comes back to the search box; Esc clears it.
    keys.sendKeys("/").perform();
    assertEquals(driver.findElement(By.id("q")), driver.switchTo().activeElement());
    keys.sendKeys("Baltrukov").sendKeys(Keys.ENTER).perform();
    waitForHits(2);
    keys.sendKeys(Keys.ESCAPE).perform();
    waiting().until(d -> status().startsWith("Type a name"));
    assertEquals("", driver.findElement(By.id("q")).getAttribute("value"));
  }

  @Test
  void aDocumentsMarkupIsShownAsTextAndNeverRun() {
    open("/?q=Palyuga");
    waiting()
        .until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#results > li.hit"), 0));
    WebElement hit = driver.findElements(By.cssSelector("#results > li.hit")).get(0);
    assertEquals(ServeFixture.HOSTILE_TITLE, hit.findElement(By.tagName("h3")).getText());
    String snippet = hit.findElement(By.className("snippet")).getText();
    assertTrue(snippet.contains("<script>window['__pwned'] = 2</script>"), snippet);
    assertTrue(snippet.contains("<img src=x onerror="), snippet);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    assertEquals("undefined", js.executeScript("return typeof window.__pwned"));
    assertEquals(
        0L,
        js.executeScript(
            "return document.querySelectorAll('#results script, #results img, #results b').length"));
    assertEquals("Palyuga", hit.findElement(By.cssSelector(".snippet mark")).getText());
  }

  @Test
  void readsWellInANarrowWindow() {
    driver.manage().window().setSize(new Dimension(360, 740));
    open("/?q=Baltrukov");
    waitForHits(2);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    long scroll = (Long) js.executeScript("return document.documentElement.scrollWidth");
    long width = (Long) js.executeScript("return document.documentElement.clientWidth");
    assertTrue(scroll <= width, "no sideways scrolling: " + scroll + " > " + width);
    WebElement q = driver.findElement(By.id("q"));
    assertTrue(q.getRect().getWidth() >= 200, "the search box spans the window: " + q.getRect());
  }
}
