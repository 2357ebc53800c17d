package id.simitra.matching;

import java.math.BigDecimal;

import id.simitra.shared.Unit;

/** What the ranking needs to know about a need. Kept here so matching does not depend on the need module. */
public record NeedCriteria(String title, String kbliCode, BigDecimal quantity, Unit unit, String regencyCode) {
}
