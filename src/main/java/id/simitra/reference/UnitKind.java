package id.simitra.reference;

/** What a unit measures; quantities compare only within one kind. */
public enum UnitKind {

	MASS, VOLUME, COUNT, SERVING, PACKAGE, PERSON, VEHICLE, LENGTH, AREA, TIME

}
