package org.practica.certificates.application;

import java.util.List;

/** A professional body as an admin registers or changes it; the code cannot change later. */
public record BodyDraft(String code, String name, String country, String discipline, List<String> registrars) {
}
