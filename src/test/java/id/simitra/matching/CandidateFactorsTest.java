package id.simitra.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.simitra.matching.Candidate.Factor;
import id.simitra.reference.SizeClass;

import static org.assertj.core.api.Assertions.assertThat;

/** The need's ranking shows each candidate's two strongest factors first (issue 16). */
class CandidateFactorsTest {

	private static Factor factor(String key, double points) {
		return new Factor(key, points / 30, points, 30, key);
	}

	@Test
	void theTwoFactorsWithMostPointsComeFirstInTheirUsualOrderAndTheRestFollow() {
		Factor kbli = factor("kbli", 10);
		Factor distance = factor("distance", 20);
		Factor capacity = factor("capacity", 5);
		Factor text = factor("text", 25);
		Candidate c = new Candidate(1, 7L, "UMKM", "Medan", SizeClass.MIKRO, 60,
				List.of(kbli, distance, capacity, text), List.of(), false);
		assertThat(c.strongest(2)).containsExactly(distance, text);
		assertThat(c.others(2)).containsExactly(kbli, capacity);
	}

	@Test
	void tiesKeepTheUsualOrder() {
		Factor a = factor("kbli", 10);
		Factor b = factor("distance", 10);
		Factor d = factor("capacity", 10);
		Candidate c = new Candidate(1, 7L, "UMKM", "Medan", SizeClass.MIKRO, 30, List.of(a, b, d), List.of(), false);
		assertThat(c.strongest(2)).containsExactly(a, b);
		assertThat(c.others(2)).containsExactly(d);
	}

}
