package id.simitra.partnership.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: a contract's end date comes after its start date. */
class ProposalFormDatesTest {

	private static final LocalDate START = LocalDate.of(2027, 3, 1);

	@Test
	void theEndDateMustBeAfterTheStartDate() {
		assertThat(endDateErrors(START.minusDays(1))).containsExactly("validation.partnership.endNotAfterStart");
		assertThat(endDateErrors(START)).containsExactly("validation.partnership.endNotAfterStart");
		assertThat(endDateErrors(START.plusDays(1))).isEmpty();
	}

	private static java.util.List<String> endDateErrors(LocalDate end) {
		ProposalForm form = new ProposalForm("SUBKONTRAK", "Komponen kemasan", "10.000.000", START.toString(),
				end.toString(), "true", null, null);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		form.toData(errors, code -> true, true);
		return errors.getFieldErrors("endDate").stream().map(e -> e.getCode()).toList();
	}

}
