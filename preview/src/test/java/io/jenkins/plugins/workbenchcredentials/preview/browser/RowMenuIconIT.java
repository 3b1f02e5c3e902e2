package io.jenkins.plugins.workbenchcredentials.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * A row's menu button shows its icon: three dots drawn in the button's own colour, one above the other,
 * and not a character that a font may lack (U+FE19 showed as an empty box). Checked on what the browser
 * draws, not only on the elements.
 */
class RowMenuIconIT extends BrowserTest {
    private static final String ID = "icon-token";
    /** How far a channel must be from the background for a pixel to count as drawn. */
    private static final int INK = 64;

    @Override
    void prepare() {
        server.cliOk("icon-secret-1\n", "create", "--type", "secret-text", "--id", ID, "--description", "Has a menu");
    }

    @Test
    void theMenuButtonShowsThreeDotsInItsOwnColourAndKeepsItsName() throws IOException {
        WebElement button = page.menuButton(ID);
        assertThat(button.getDomAttribute("class"))
                .as("outside Jenkins, the page's own button")
                .isEqualTo("wbc-menu-button");
        assertThat(button.getAccessibleName()).isEqualTo("Actions for icon-token");
        assertThat(button.getDomAttribute("aria-label")).isEqualTo("Actions for icon-token");
        assertThat(button.getText()).as("no character stands for the icon").isEmpty();

        WebElement icon = button.findElement(By.tagName("svg"));
        assertThat(icon.isDisplayed()).isTrue();
        assertThat(icon.getDomAttribute("aria-hidden")).isEqualTo("true");
        Rectangle buttonBox = box(button);
        Rectangle iconBox = box(icon);
        assertThat(iconBox.width).as("icon width").isPositive();
        assertThat(iconBox.height).as("icon height").isPositive();
        assertThat(buttonBox.contains(iconBox))
                .as("%s inside the button's %s", iconBox, buttonBox)
                .isTrue();

        List<WebElement> dots = icon.findElements(By.tagName("circle"));
        assertThat(dots).hasSize(3);
        String buttonColour = (String) browser.script("return getComputedStyle(arguments[0]).color;", button);
        for (WebElement dot : dots) {
            assertThat(iconBox.contains(box(dot))).as("a dot inside the icon").isTrue();
            String fill = (String) browser.script("return getComputedStyle(arguments[0]).fill;", dot);
            String opacity = (String) browser.script("return getComputedStyle(arguments[0]).fillOpacity;", dot);
            assertThat(fill).as("fill of a dot").isNotIn("none", "transparent", "rgba(0, 0, 0, 0)");
            assertThat(fill).as("a dot follows the button's colour").isEqualTo(buttonColour);
            assertThat(Double.parseDouble(opacity)).as("fill opacity of a dot").isPositive();
        }

        // What the browser drew in the button: three separate marks, one above the other.
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(button.getScreenshotAs(OutputType.BYTES)));
        List<Rectangle> marks = marks(drawn);
        assertThat(marks).as("marks drawn in the button").hasSize(3);
        marks.sort(Comparator.comparingInt(mark -> mark.y));
        for (int i = 1; i < marks.size(); i++) {
            Rectangle above = marks.get(i - 1);
            Rectangle below = marks.get(i);
            assertThat(below.y).as("mark %d below mark %d", i + 1, i).isGreaterThanOrEqualTo(above.y + above.height);
            assertThat(Math.abs(centreX(below) - centreX(above)))
                    .as("marks one above the other")
                    .isLessThanOrEqualTo(1.0);
        }
        browser.screenshot("row-menu-icon");
    }

    @Test
    void insideJenkinsTheButtonHasJenkinsButtonClassesAndEllipsis() {
        // The preview is no Jenkins: the row menu module is asked directly for a button as Jenkins' page gets it.
        @SuppressWarnings("unchecked")
        List<Object> made = (List<Object>) browser.driver()
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "import(new URL('js/list/row-menu.js', document.baseURI).href).then(function (m) {"
                        + "  var i18n = { t: function (key, id) { return 'Actions for ' + id; } };"
                        + "  var b = new m.RowMenu(i18n, { inJenkins: true }).button('in-jenkins', []).querySelector('button');"
                        + "  done([b.className, b.getAttribute('aria-label'),"
                        + "    b.querySelectorAll('.jenkins-overflow-button__ellipsis > span').length,"
                        + "    b.querySelector('.jenkins-overflow-button__ellipsis').getAttribute('aria-hidden'),"
                        + "    b.querySelectorAll('svg').length]);"
                        + "}, function (e) { done(String(e)); });");
        assertThat(made)
                .containsExactly(
                        "wbc-menu-button jenkins-button jenkins-button--tertiary",
                        "Actions for in-jenkins",
                        3L,
                        "true",
                        0L);
    }

    private Rectangle box(WebElement element) {
        @SuppressWarnings("unchecked")
        Map<String, Number> rect = (Map<String, Number>) browser.script(
                "var r = arguments[0].getBoundingClientRect();"
                        + "return {x: r.left, y: r.top, width: r.width, height: r.height};",
                element);
        return new Rectangle(
                (int) Math.floor(rect.get("x").doubleValue()),
                (int) Math.floor(rect.get("y").doubleValue()),
                (int) Math.ceil(rect.get("width").doubleValue()),
                (int) Math.ceil(rect.get("height").doubleValue()));
    }

    private static double centreX(Rectangle mark) {
        return mark.x + mark.width / 2.0;
    }

    /**
     * The groups of touching pixels that differ clearly from the background (the image's most common
     * colour), as their bounding boxes; groups of one or two pixels are noise, not marks.
     */
    private static List<Rectangle> marks(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int background = mostCommonColour(image);
        boolean[][] ink = new boolean[width][height];
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                ink[x][y] = distance(image.getRGB(x, y), background) > INK;
            }
        }
        List<Rectangle> marks = new ArrayList<>();
        boolean[][] seen = new boolean[width][height];
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                if (!ink[x][y] || seen[x][y]) {
                    continue;
                }
                Rectangle mark = new Rectangle(x, y, 1, 1);
                int pixels = 0;
                Deque<int[]> pending = new ArrayDeque<>();
                pending.push(new int[] {x, y});
                seen[x][y] = true;
                while (!pending.isEmpty()) {
                    int[] p = pending.pop();
                    pixels++;
                    mark.add(new Rectangle(p[0], p[1], 1, 1));
                    for (int dx = -1; dx <= 1; dx++) {
                        for (int dy = -1; dy <= 1; dy++) {
                            int nx = p[0] + dx;
                            int ny = p[1] + dy;
                            if (nx >= 0 && ny >= 0 && nx < width && ny < height && ink[nx][ny] && !seen[nx][ny]) {
                                seen[nx][ny] = true;
                                pending.push(new int[] {nx, ny});
                            }
                        }
                    }
                }
                if (pixels > 2) {
                    marks.add(mark);
                }
            }
        }
        return marks;
    }

    private static int mostCommonColour(BufferedImage image) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    private static int distance(int rgb, int other) {
        int max = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            max = Math.max(max, Math.abs(((rgb >> shift) & 0xFF) - ((other >> shift) & 0xFF)));
        }
        return max;
    }
}
