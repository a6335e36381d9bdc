import PilotKit

extension DemoRoster {
    /// Clinical departments generated staff and generated pilots are drawn from.
    static let departments = [
        "Family Medicine", "Internal Medicine", "Primary Care", "Emergency Medicine", "Hospital Medicine",
        "General Surgery", "Cardiology", "Orthopedics", "Neurology", "Oncology", "Obstetrics & Gynecology",
        "Radiology", "Nursing", "Pharmacy", "Dermatology", "Endocrinology", "Urgent Care", "Geriatrics",
    ]

    /// Where each discipline of the oversight team works.
    static func department(of discipline: Discipline) -> String {
        switch discipline {
        case .itSecurity: "Information Security"
        case .clinical: "Quality & Patient Safety"
        case .patientAdvocate: "Patient Experience"
        case .privacy: "Compliance"
        }
    }

    /// `count` generated people: mostly clinicians, with leads, reviewers of every discipline and
    /// a few leadership members in fixed proportions. Logins are numbered, so they never collide.
    static func generated(count: Int) -> [Person] {
        var rng = SplitMix64(seed: "riverbend-staff")
        return (0..<count).map { index in
            let (first, firstLogin) = rng.pick(firstNames)
            let (last, lastLogin) = rng.pick(lastNames)
            let login = "\(firstLogin).\(lastLogin)\(index + 1)"
            let name = "\(first) \(last)"
            if index % 250 == 0 {
                return person(login, name, "Executive", [.leadership])
            }
            if index % 25 == 1 {
                let discipline = Discipline.allCases[(index / 25) % Discipline.allCases.count]
                return person(login, name, department(of: discipline), [.reviewer], discipline)
            }
            let department = departments[index % departments.count]
            return person(login, name, department, index % 12 == 2 ? [.lead, .clinician] : [.clinician])
        }
    }

    /// Given names as written, with the ASCII form used in logins.
    private static let firstNames: [(String, String)] = [
        ("Amara", "amara"), ("José", "jose"), ("Zoë", "zoe"), ("Sofía", "sofia"), ("Renée", "renee"),
        ("Björn", "bjorn"), ("Íñigo", "inigo"), ("Noémie", "noemie"), ("Jürgen", "jurgen"), ("Anaïs", "anais"),
        ("Łukasz", "lukasz"), ("Chiara", "chiara"), ("Wei", "wei"), ("Aiko", "aiko"), ("Mateo", "mateo"),
        ("Olga", "olga"), ("Kofi", "kofi"), ("Leilani", "leilani"), ("Ravi", "ravi"), ("Emma", "emma"),
        ("Noah", "noah"), ("Olivia", "olivia"), ("Liam", "liam"), ("Ava", "ava"), ("Ethan", "ethan"),
        ("Mia", "mia"), ("Lucas", "lucas"), ("Isabela", "isabela"), ("Hiroshi", "hiroshi"), ("Fatou", "fatou"),
        ("Dmitri", "dmitri"), ("Ingrid", "ingrid"), ("Tariq", "tariq"), ("Siobhán", "siobhan"), ("Çağla", "cagla"),
        ("Nadia", "nadia"), ("Pedro", "pedro"), ("Grace", "grace"), ("Samuel", "samuel"), ("Yara", "yara"),
    ]

    private static let lastNames: [(String, String)] = [
        ("Muñoz", "munoz"), ("Müller", "muller"), ("García", "garcia"), ("Lefèvre", "lefevre"), ("Øverby", "overby"),
        ("Nakamura", "nakamura"), ("Okonkwo", "okonkwo"), ("Rossi", "rossi"), ("Kowalski", "kowalski"), ("Chen", "chen"),
        ("Patel", "patel"), ("Johnson", "johnson"), ("Nguyen", "nguyen"), ("Haddad", "haddad"), ("Schmidt", "schmidt"),
        ("Fernández", "fernandez"), ("O'Brien", "obrien"), ("Andersson", "andersson"), ("Mensah", "mensah"), ("Silva", "silva"),
        ("Ivanova", "ivanova"), ("Dubois", "dubois"), ("Kim", "kim"), ("Hernández", "hernandez"), ("Yılmaz", "yilmaz"),
        ("Brown", "brown"), ("Walker", "walker"), ("Costa", "costa"), ("Sato", "sato"), ("Novák", "novak"),
    ]
}
