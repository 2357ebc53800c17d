package id.simitra.platform;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import id.simitra.reference.Unit;

import static org.assertj.core.api.Assertions.assertThat;

class UnitTest {

	@Test
	void unitsOfOneKindConvertToTheirBaseUnit() {
		assertThat(Unit.TON.toBase(new BigDecimal("2"))).isEqualByComparingTo("2000");
		assertThat(Unit.LUSIN.toBase(new BigDecimal("3"))).isEqualByComparingTo("36");
		assertThat(Unit.ML.toBase(new BigDecimal("500"))).isEqualByComparingTo("0.5");
		assertThat(Unit.KG.kind()).isEqualTo(Unit.TON.kind()).isNotEqualTo(Unit.LITER.kind());
	}

}
