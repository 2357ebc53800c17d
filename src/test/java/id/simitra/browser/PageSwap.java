package id.simitra.browser;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * The one rule the browser journeys wait by after submitting a form: the submitted page
 * has been replaced.
 */
final class PageSwap {

	private PageSwap() {
	}

	/**
	 * Whether the element's page is gone. While Chromium swaps documents, ChromeDriver
	 * sometimes answers "Node with given id does not belong to the document" instead of
	 * "stale element reference" (seen on a busy machine, then a journey failed although
	 * the next page loaded); both mean the old page is gone.
	 */
	static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

}
