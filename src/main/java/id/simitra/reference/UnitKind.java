package id.simitra.reference;

/** What a unit measures; quantities compare only within one kind. */
public enum UnitKind {

	MASS, VOLUME, COUNT, SERVING, PACKAGE, LENGTH, AREA, TIME

}
