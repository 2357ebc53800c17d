package id.simitra.partnership;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A payment due under a contract (issue 16, tempo pembayaran): the amount, when it is
 * due, and when it was paid (null while unpaid).
 */
public record PaymentData(long amount, LocalDate dueDate, @Nullable LocalDate paidOn, @Nullable String note) {

}
