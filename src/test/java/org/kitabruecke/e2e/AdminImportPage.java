package org.kitabruecke.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page object of the admin's CSV import of Kitas: upload, dry run, correct, import. */
public class AdminImportPage {

    private final Browser browser;

    public AdminImportPage(Browser browser) {
        this.browser = browser;
    }

    public AdminImportPage open() {
        browser.open("/admin/import");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
        return this;
    }

    /** Uploads a file with this content, as the admin would pick it from the computer; the dry run follows. */
    public AdminImportPage upload(String content) {
        try {
            Path file = Files.createTempFile("kitas", ".csv");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            fileInput().sendKeys(file.toAbsolutePath().toString());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebElement fileInput() {
        WebElement upload = browser.driver().findElement(By.id("import-upload"));
        try {
            return upload.findElement(By.cssSelector("input[type=file]"));
        } catch (NoSuchElementException inShadow) {
            return upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        }
    }

    /** Replaces the text of the file on the page, as when correcting a line there. */
    public AdminImportPage replaceText(String content) {
        browser.act(By.cssSelector("#import-text textarea"), area -> {
            area.clear();
            area.sendKeys(content);
        });
        return this;
    }

    public AdminImportPage check() {
        String before = summary();
        browser.act(By.id("import-check"), WebElement::click);
        browser.waiting().until(driver -> !summary().equals(before));
        return this;
    }

    public void importAll() {
        browser.act(By.id("import-run"), WebElement::click);
        browser.waiting().until(driver -> summary().startsWith("Importiert"));
    }

    public boolean canImport() {
        // a vaadin-button is a custom element: WebDriver's isEnabled() does not see its disabled state
        return browser.driver().findElement(By.id("import-run")).getDomAttribute("disabled") == null;
    }

    public String summary() {
        return browser.driver().findElement(By.id("import-summary")).getText();
    }

    /** The Kitas the page lists as having nobody responsible yet, by name. */
    public List<String> withoutTeam() {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-unassigned li")));
        return browser.driver().findElements(By.cssSelector("#import-unassigned li")).stream()
                .map(WebElement::getText).toList();
    }

    /** Follows the link to assign someone to this Kita. */
    public void assign(String kita) {
        browser.act(By.xpath("//*[@id='import-unassigned']//a[normalize-space()=" + FlowPage.xpathLiteral(kita) + "]"),
                WebElement::click);
    }

    /** The problems as shown: line, column, message. */
    public List<List<String>> problems() {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-problems tbody tr")));
        return browser.driver().findElements(By.cssSelector("#import-problems tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }
}
