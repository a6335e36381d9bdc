import PilotKit

/// The staff directory of Riverbend Health. Named people carry the scripted pilots; larger
/// scales add generated staff (`DemoRoster+Generated.swift`). Every address is in the
/// organization's domain, as rule 4 requires.
enum DemoRoster {
    static let domain = "riverbend-health.example"

    static func person(
        _ login: String, _ name: String, _ department: String, _ roles: [Role], _ discipline: Discipline? = nil
    ) -> Person {
        Person(login: login, name: name, email: "\(login)@\(domain)", department: department, roles: roles, discipline: discipline)
    }

    /// Everyone the scripted pilots name, by role; names keep their accents, since UTF-8 matters.
    static let named: [Person] = [
        // Leadership and administration
        person("margaret.okafor", "Dr. Margaret Okafor", "Executive", [.leadership]),
        person("rafael.dominguez", "Dr. Rafael Domínguez", "Clinical Informatics", [.leadership, .lead]),
        person("linh.tran", "Linh Tran, RN", "Nursing", [.leadership]),
        person("samuel.whitfield", "Samuel Whitfield", "Executive", [.leadership]),
        person("olivia.brennan", "Olivia Brennan", "Information Technology", [.admin]),
        // Pilot leads
        person("priya.raman", "Dr. Priya Raman", "Family Medicine", [.lead, .clinician]),
        person("tomas.ibarra", "Dr. Tomás Ibarra", "Emergency Medicine", [.lead, .clinician]),
        person("hannah.becker", "Dr. Hannah Becker", "Hospital Medicine", [.lead, .clinician]),
        person("kwame.mensah", "Dr. Kwame Mensah", "General Surgery", [.lead, .clinician]),
        person("grace.liu", "Grace Liu, NP", "Primary Care", [.lead, .clinician]),
        person("elodie.marchand", "Dr. Élodie Marchand", "Radiology", [.lead, .clinician]),
        person("yusuf.demir", "Dr. Yusuf Demir", "Cardiology", [.lead, .clinician]),
        person("marcus.feld", "Marcus Feld", "Information Technology", [.lead]),
        // Oversight team
        person("dmitri.volkov", "Dmitri Volkov", "Information Security", [.reviewer], .itSecurity),
        person("aisha.karimi", "Aisha Karimi", "Information Security", [.reviewer], .itSecurity),
        person("jurgen.schafer", "Dr. Jürgen Schäfer", "Quality & Patient Safety", [.reviewer, .clinician], .clinical),
        person("naomi.adeyemi", "Dr. Naomi Adeyemi", "Quality & Patient Safety", [.reviewer, .clinician], .clinical),
        person("rosa.delgado", "Rosa Delgado", "Patient Experience", [.reviewer], .patientAdvocate),
        person("ingrid.sorensen", "Ingrid Sørensen", "Patient Experience", [.reviewer], .patientAdvocate),
        person("carmen.ortiz", "Carmen Ortiz", "Compliance", [.reviewer], .privacy),
        person("benjamin.adler", "Benjamin Adler", "Compliance", [.reviewer], .privacy),
        // Clinicians
        person("jose.alvarez", "Dr. José Álvarez", "Family Medicine", [.clinician]),
        person("zoe.lindqvist", "Dr. Zoë Lindqvist", "Family Medicine", [.clinician]),
        person("fatima.haddad", "Dr. Fatima Haddad", "Family Medicine", [.clinician]),
        person("peter.novak", "Peter Novak, PA-C", "Family Medicine", [.clinician]),
        person("mai.nguyen", "Dr. Nguyễn Thị Mai", "Family Medicine", [.clinician]),
        person("inigo.yanez", "Dr. Íñigo Yáñez", "Emergency Medicine", [.clinician]),
        person("chloe.bennett", "Dr. Chloe Bennett", "Emergency Medicine", [.clinician]),
        person("oluwaseun.bello", "Dr. Oluwaseun Bello", "Emergency Medicine", [.clinician]),
        person("lukas.bruckner", "Lukas Brückner, RN", "Emergency Medicine", [.clinician]),
        person("sofia.pena", "Dr. Sofía Peña", "Hospital Medicine", [.clinician]),
        person("daniel.cohen", "Dr. Daniel Cohen", "Hospital Medicine", [.clinician]),
        person("meera.iyer", "Dr. Meera Iyer", "Hospital Medicine", [.clinician]),
        person("francois.lemaire", "Dr. François Lemaire", "Hospital Medicine", [.clinician]),
        person("renee.dubois", "Dr. Renée Dubois", "General Surgery", [.clinician]),
        person("ahmed.farouk", "Dr. Ahmed Farouk", "General Surgery", [.clinician]),
        person("kenji.watanabe", "Dr. Kenji Watanabe", "General Surgery", [.clinician]),
        person("laura.moretti", "Laura Moretti, NP", "Primary Care", [.clinician]),
        person("david.kim", "Dr. David Kim", "Primary Care", [.clinician]),
        person("noemie.laurent", "Dr. Noémie Laurent", "Primary Care", [.clinician]),
        person("anna.kowalska", "Dr. Anna Kowalska", "Cardiology", [.clinician]),
        person("samir.nasser", "Dr. Samir Nasser", "Cardiology", [.clinician]),
        person("bjorn.eriksson", "Dr. Björn Eriksson", "Radiology", [.clinician]),
        person("leila.farahani", "Dr. Leila Farahani", "Radiology", [.clinician]),
        person("carlos.mendoza", "Dr. Carlos Mendoza", "Radiology", [.clinician]),
        person("maria.santos", "María Santos, RN", "Nursing", [.clinician]),
        person("james.oconnor", "James O'Connor, RN", "Nursing", [.clinician]),
        person("thandiwe.dlamini", "Thandiwe Dlamini, RN", "Nursing", [.clinician]),
        person("helga.muller", "Helga Müller, RN", "Nursing", [.clinician]),
        person("priscilla.owusu", "Priscilla Owusu, PharmD", "Pharmacy", [.clinician]),
    ]
}
