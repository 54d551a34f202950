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
                    можно запросить копию своих данных или их удаление.""",
            "kk", """
                    Бұл — Practica-ның демонстрациялық нұсқасы. Ондағының бәрі ойдан шығарылған, және оны кез келген уақытта тазалауы мүмкін.
                    
                    Practica сізді оқыту және сертификаттау үшін қажетті нәрселерді сақтайды: профиліңізді, курсқа жазылуларыңыз бен үлгеріміңізді, тест жауаптарыңызды, супервизия журналыңыз бен сертификаттарыңызды. Рефлексиялар мен супервизорлардың жазбалары шифрланады. Practica-дағы ештеңе сіз жұмыс істейтін адамдарды анықтауға мүмкіндік бермейді: жағдайлар бүркеншік кодтармен белгіленеді.
                    
                    Ұйымыңыздың әкімшілері профиліңіз бен үлгеріміңізді көреді; супервизорыңыз журналыңызды көреді; кәсіби ұйым сізді сертификаттау үшін қажеттіні көреді. Қызметкерлердің дербес деректерге әр қол жеткізуі өзгертуге болмайтын аудит журналына жазылады.
                    
                    Кез келген міндетті емес келісімді профиль бетінен кері қайтара аласыз, ал ұйымыңыздың әкімшісінен деректеріңіздің көшірмесін немесе оларды жоюды сұрай аласыз.""",
            "uz", """
                    Bu Practica ning namuna tizimi. Undagi hamma narsa oʻylab topilgan va u istalgan vaqtda tozalanishi mumkin.
                    
                    Practica sizni oʻqitish va sertifikatlash uchun kerakli narsalarni saqlaydi: profilingiz, kursga yozilishlaringiz va oʻzlashtirishingiz, test javoblaringiz, supervizya jurnalingiz va sertifikatlaringiz. Refleksiyalar va supervizorlar qaydlari shifrlanadi. Practica dagi hech narsa siz ishlaydigan insonlarni aniqlashga imkon bermaydi: holatlar taxallusli kodlar bilan belgilanadi.
                    
                    Tashkilotingiz administratorlari profilingiz va oʻzlashtirishingizni koʻradi; supervizoringiz jurnalingizni koʻradi; kasbiy tashkilot sizni sertifikatlash uchun keraklisini koʻradi. Xodimlarning shaxsiy maʼlumotlarga har bir murojaati oʻzgartirib boʻlmaydigan audit jurnalida qayd etiladi.
                    
                    Istalgan ixtiyoriy rozilikni profil sahifasidan qaytarib olishingiz, tashkilotingiz administratoridan esa maʼlumotlaringiz nusxasini yoki ularni oʻchirishni soʻrashingiz mumkin.""",
            "ky", """
                    Бул — Practica системасынын демо варианты. Андагынын баары ойдон чыгарылган жана аны каалаган убакта тазалап салышы мүмкүн.
                    
                    Practica сизди окутуу жана сертификаттоо үчүн керектүү нерселерди сактайт: профилиңизди, курска катталууларыңызды жана жетишкендигиңизди, тесттеги жоопторуңузду, супервизия журналыңызды жана сертификаттарыңызды. Рефлексиялар жана супервизорлордун жазуулары шифрленет. Practica системасындагы эч нерсе сиз иштеген адамдарды таанууга мүмкүндүк бербейт: учурлар лакап коддор менен белгиленет.
                    
                    Уюмуңуздун администраторлору профилиңизди жана жетишкендигиңизди көрүшөт; супервизоруңуз журналыңызды көрөт; кесиптик уюм сизди сертификаттоо үчүн керектүүнү көрөт. Кызматкерлердин жеке маалыматтарга ар бир кайрылуусу өзгөртүүгө болбогон аудит журналына жазылат.
                    
                    Каалаган милдеттүү эмес макулдукту профиль барагынан кайтарып ала аласыз, ал эми уюмуңуздун администраторунан маалыматтарыңыздын көчүрмөсүн же аларды өчүрүүнү сурай аласыз.""",
            "tg", """
                    Ин варианти намоишии Practica аст. Ҳама чиз дар он бофта аст ва онро ҳар вақт тоза кардан мумкин аст.
                    
                    Practica он чиро нигоҳ медорад, ки барои омӯзиш ва сертификатсияи шумо лозим аст: профил, сабти номҳо ба курс ва пешрафт, ҷавобҳои тест, дафтари супервизия ва сертификатҳои шумо. Мулоҳизаҳо ва қайдҳои супервизорҳо рамзгузорӣ мешаванд. Ҳеҷ чиз дар Practica шахсонеро, ки шумо бо онҳо кор мекунед, муайян намекунад: ҳолатҳо бо рамзҳои тахаллусӣ ишора мешаванд.
                    
                    Маъмурони ташкилоти шумо профил ва пешрафти шуморо мебинанд; супервизори шумо дафтаратонро мебинад; ташкилоти касбӣ он чиро мебинад, ки барои сертификатсияи шумо лозим аст. Ҳар дастрасии кормандон ба маълумоти шахсӣ дар дафтари аудите сабт мешавад, ки тағйир додан мумкин нест.
                    
                    Шумо метавонед ҳар розигии ихтиёриро дар саҳифаи профил бозпас гиред ва аз маъмури ташкилотатон нусхаи маълумот ё ҳазфи онро дархост кунед.""",
            "sq", """
                    Ky është një instalim demonstrues i Practica-s. Gjithçka në të është e trilluar dhe mund të fshihet në çdo kohë.
                    
                    Practica mban atë që i duhet për t’ju trajnuar dhe certifikuar: llogarinë dhe profilin tuaj, regjistrimet dhe përparimin, përgjigjet në teste, ditarin e supervizionit dhe certifikatat. Reflektimet dhe shënimet e supervizorëve janë të enkriptuara. Asgjë në Practica nuk identifikon njerëzit me të cilët punoni: rastet shënohen me kode pseudonime.
                    
                    Administratorët e organizatës suaj shohin llogarinë dhe përparimin tuaj; supervizori juaj sheh ditarin tuaj; organi profesional sheh atë që i duhet për t’ju certifikuar. Çdo qasje e stafit te të dhënat personale regjistrohet në një gjurmë auditimi që nuk mund të ndryshohet.
                    
                    Mund ta tërhiqni çdo pëlqim opsional nga faqja e llogarisë dhe t’i kërkoni administratorit të organizatës suaj një kopje të të dhënave ose fshirjen e tyre.""",
            "ar", """
                    هذه نسخة تجريبية من Practica. كل ما فيها متخيَّل، وقد تُمسح في أي وقت.
                    
                    يحفظ Practica ما يحتاجه لتدريبك واعتمادك: حسابك وملفك، وتسجيلاتك في الدورات وتقدّمك، وإجاباتك في الاختبارات، وسجل إشرافك وشهاداتك. التأملات وملاحظات المشرفين مشفّرة. لا شيء في Practica يكشف هوية الأشخاص الذين تعمل معهم: يُشار إلى الحالات برموز مستعارة.
                    
                    يرى مسؤولو منظمتك حسابك وتقدّمك؛ ويرى مشرفك سجل إشرافك؛ وترى الهيئة المهنية ما تحتاجه لاعتمادك. ويُسجَّل كل وصول للموظفين إلى البيانات الشخصية في سجل تدقيق لا يمكن تغييره.
                    
                    يمكنك سحب أي موافقة اختيارية من صفحة حسابك، وطلب نسخة من بياناتك أو حذفها من مسؤول منظمتك.""");

    private static final Map<String, String> TERMS = Map.of(
            "en", """
                    Use Practica for your professional training only. Keep your password to yourself and sign out on shared computers.

                    Never write a returnee's name, address or any detail that could identify them in a reflection, a note or an answer.""",
            "ru", """
                    Используйте Practica только для профессионального обучения. Никому не сообщайте пароль и выходите из системы на общих компьютерах.

                    Никогда не пишите в рефлексии, заметке или ответе имя, адрес вернувшегося человека или любые сведения, по которым его можно узнать.""",
            "kk", """
                    Practica-ны тек кәсіби оқуыңыз үшін пайдаланыңыз. Құпиясөзіңізді ешкімге айтпаңыз және ортақ компьютерлерде жүйеден шығыңыз.
                    
                    Рефлексияда, жазбада немесе жауапта оралған адамның атын, мекенжайын немесе оны анықтауға болатын ешбір мәліметті ешқашан жазбаңыз.""",
            "uz", """
                    Practica dan faqat kasbiy oʻqishingiz uchun foydalaning. Parolingizni hech kimga aytmang va umumiy kompyuterlarda tizimdan chiqing.
                    
                    Refleksiya, qayd yoki javobda qaytgan insonning ismi, manzili yoki uni aniqlash mumkin boʻlgan hech qanday maʼlumotni hech qachon yozmang.""",
            "ky", """
                    Practica системасын кесиптик окууңуз үчүн гана колдонуңуз. Сырсөзүңүздү эч кимге айтпаңыз жана жалпы компьютерлерде системадан чыгыңыз.
                    
                    Рефлексияда, жазууда же жоопто кайтып келген адамдын атын, дарегин же аны тааный турган эч кандай маалыматты эч качан жазбаңыз.""",
            "tg", """
                    Practica-ро танҳо барои омӯзиши касбии худ истифода баред. Пароли худро ба касе нагӯед ва дар компютерҳои умумӣ аз низом бароед.
                    
                    Ҳеҷ гоҳ дар мулоҳиза, қайд ё ҷавоб ном, суроға ё ягон тафсилоти шахси баргашторо, ки ӯро шинохтан мумкин бошад, нанависед.""",
            "sq", """
                    Përdoreni Practica-n vetëm për trajnimin tuaj profesional. Mos ia tregoni askujt fjalëkalimin dhe dilni nga llogaria në kompjuterët e përbashkët.
                    
                    Mos shkruani kurrë në një reflektim, shënim ose përgjigje emrin, adresën ose ndonjë hollësi që mund të identifikojë një person të kthyer.""",
            "ar", """
                    استخدم Practica لتدريبك المهني فقط. لا تُطلع أحدًا على كلمة مرورك، وسجّل الخروج على الأجهزة المشتركة.
                    
                    لا تكتب أبدًا في تأمّل أو ملاحظة أو إجابة اسم شخص عائد أو عنوانه أو أي تفصيل قد يكشف هويته.""");

    @Inject
    PrivacyNotices notices;

    public void provision() {
        if (notices.current().isEmpty()) {
            notices.publish("admin", PRIVACY, TERMS);
        }
    }
}
