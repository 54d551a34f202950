package org.practica.courses.domain.enrollment;

public enum EnrollmentStatus {
    ACTIVE, COMPLETED, WITHDRAWN
}
