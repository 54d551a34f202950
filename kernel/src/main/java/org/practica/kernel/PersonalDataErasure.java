package org.practica.kernel;

/**
 * One module's part in erasing a person (the right to erasure): the module puts the person's
 * pseudonym wherever it kept their username, removes what they wrote about themselves, masks
 * their name in what others wrote about them, and keeps the rest (hours, grades, serials) so that
 * counts and other people's records stay whole. All parts run in the one transaction of the
 * approval, so an erasure happens completely or not at all. The identity module runs the parts
 * without knowing the modules.
 */
public interface PersonalDataErasure {

    /** The part's name in the audit line's counts. */
    String part();

    /** Erases the person from the module's records; how many rows changed. */
    int erase(ErasedPerson person);
}
