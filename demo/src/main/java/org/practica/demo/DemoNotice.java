package org.practica.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.identity.application.PrivacyNotices;

import java.util.Map;

/**
 * The demonstration installation's privacy notice and terms, version 1, so that every demo
 * account is asked to read and accept them at its first sign-in, as people would be.
 */
@ApplicationScoped
public class DemoNotice {

    private static final Map<String, String> PRIVACY = Map.of(
            "en", """
                    This is a demonstration installation of Practica. Everything in it is invented, and it may be wiped at any time.

                    Practica keeps what it needs to train and certify you: your account and profile, your enrolments and progress, \
                    your quiz answers, your supervision log book and certificates. Reflections and supervisors' notes are encrypted. \
                    Nothing in Practica identifies the people you work with: cases are referred to by pseudonymous codes.

                    Your organisation's administrators see your account and progress; your supervisor sees your log book; the \
                    professional body sees what it needs to certify you. Every access to personal data by staff is recorded in an \
                    audit trail that cannot be changed.

                    You may withdraw any optional consent from your account page, and ask your organisation's administrator for a copy of \
                    your data or for its erasure.""",
            "ru", """
                    Это демонстрационная установка Practica. Всё в ней вымышлено, и её могут очистить в любой момент.

                    Practica хранит то, что нужно для вашего обучения и сертификации: учётную запись и профиль, записи на курсы и \
                    прогресс, ответы на тесты, журнал супервизии и сертификаты. Рефлексии и заметки супервизоров зашифрованы. \
                    Ничто в Practica не позволяет узнать людей, с которыми вы работаете: случаи обозначаются псевдонимными кодами.

                    Администраторы вашей организации видят вашу учётную запись и прогресс; ваш супервизор видит журнал супервизии; \
                    профессиональная организация видит то, что нужно для сертификации. Каждое обращение сотрудников к персональным \
                    данным записывается в журнал аудита, который нельзя изменить.

                    На странице учётной записи можно отозвать любое необязательное согласие, а у администратора вашей организации \
                    можно запросить копию своих данных или их удаление.""");

    private static final Map<String, String> TERMS = Map.of(
            "en", """
                    Use Practica for your professional training only. Keep your password to yourself and sign out on shared computers.

                    Never write a returnee's name, address or any detail that could identify them in a reflection, a note or an answer.""",
            "ru", """
                    Используйте Practica только для профессионального обучения. Никому не сообщайте пароль и выходите из системы на общих компьютерах.

                    Никогда не пишите в рефлексии, заметке или ответе имя, адрес вернувшегося человека или любые сведения, по которым его можно узнать.""");

    @Inject
    PrivacyNotices notices;

    public void provision() {
        if (notices.current().isEmpty()) {
            notices.publish("admin", PRIVACY, TERMS);
        }
    }
}
