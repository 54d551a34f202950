package org.practica.courses.domain.theme;

import java.util.List;
import java.util.Optional;

public interface ThemeRepository {

    List<Theme> all();

    Optional<Theme> find(String code);

    void add(Theme theme);
}
