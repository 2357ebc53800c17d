package id.simitra.partnership.web;

import org.jspecify.annotations.Nullable;

/**
 * "Paid on" for one payment; {@code version} the payment's version the page showed, so a
 * second person marking it meanwhile gets the conflict page.
 */
public record PaidForm(@Nullable String paymentId, @Nullable String paidOn, @Nullable String version) {

}
