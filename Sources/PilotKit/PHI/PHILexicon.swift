/// What a word can signal to the detectors. Several traits can apply to one word ("ct" is a
/// street suffix and, in capitals, a state).
struct PHIWordTraits: OptionSet {
    let rawValue: UInt64

    /// Never part of a person's name ("The", "Epic", "Cardiology", "Parkinson").
    static let stopword = PHIWordTraits(rawValue: 1 << 0)
    /// Precedes a person's name: "Mr", "Dr", "Sra".
    static let title = PHIWordTraits(rawValue: 1 << 1)
    /// A name follows: "patient", "pt", "named", "daughter".
    static let nameCue = PHIWordTraits(rawValue: 1 << 2)
    /// A name precedes: "DOB", "MRN".
    static let nameCueAfter = PHIWordTraits(rawValue: 1 << 3)
    static let month = PHIWordTraits(rawValue: 1 << 4)
    /// Month names that are also common words, accepted only capitalised: "May", "March".
    static let ambiguousMonth = PHIWordTraits(rawValue: 1 << 5)
    static let streetSuffix = PHIWordTraits(rawValue: 1 << 6)
    static let unitDesignator = PHIWordTraits(rawValue: 1 << 7)
    static let directional = PHIWordTraits(rawValue: 1 << 8)
    /// A US state abbreviation; only counts in capitals.
    static let state = PHIWordTraits(rawValue: 1 << 9)
    /// Filler between a cue and its value: ":", "#", "no", "number", "is".
    static let connector = PHIWordTraits(rawValue: 1 << 10)
    static let phoneCue = PHIWordTraits(rawValue: 1 << 11)
    static let ssnCue = PHIWordTraits(rawValue: 1 << 12)
    static let zipCue = PHIWordTraits(rawValue: 1 << 13)
    static let dateCue = PHIWordTraits(rawValue: 1 << 14)
    static let ageCue = PHIWordTraits(rawValue: 1 << 15)
    /// Follows an eponym rather than a person: "Bell's palsy", "Wilson disease".
    static let eponymFollower = PHIWordTraits(rawValue: 1 << 16)
    /// Lowercase particles inside names: "de la Cruz", "van Dijk".
    static let nameParticle = PHIWordTraits(rawValue: 1 << 17)
    static let nameSuffix = PHIWordTraits(rawValue: 1 << 18)
    static let ordinalSuffix = PHIWordTraits(rawValue: 1 << 19)
    static let topLevelDomain = PHIWordTraits(rawValue: 1 << 20)
    /// Roads named by number: "Route 9", "Highway 101".
    static let numberedRoad = PHIWordTraits(rawValue: 1 << 21)
    /// Precedes a record, account, licence or device number (see `PHIWordInfo.identifier`).
    static let identifierCue = PHIWordTraits(rawValue: 1 << 22)
    /// Follows a quantity, never an identifier: units, and "of" as in "2/3 of notes".
    static let quantityWord = PHIWordTraits(rawValue: 1 << 23)
    /// A common given name that is not also an English word ("Alice", not "Grace" or "Will").
    static let givenName = PHIWordTraits(rawValue: 1 << 24)
    /// An unlisted word ending in "-ed" or "-ing": at a sentence start, a verb ("Titrated").
    static let verbForm = PHIWordTraits(rawValue: 1 << 25)
    /// Vocabulary that is a name in origin (eponyms, health systems): never a name on its own, but
    /// one after a title ("Mrs. Wilson", "Dr. Kaiser").
    static let nameLike = PHIWordTraits(rawValue: 1 << 26)
    /// Precedes a town: "in", "from", "near".
    static let placeCue = PHIWordTraits(rawValue: 1 << 27)
    /// Precedes a street named without a house number: "on", "off", "along".
    static let streetCue = PHIWordTraits(rawValue: 1 << 28)
    /// Says where someone lives, so that a place cue after it is sure: "lives", "born", "works".
    static let residenceVerb = PHIWordTraits(rawValue: 1 << 29)
    /// Says someone went somewhere, so that "to" becomes a place cue: "moved", "relocated".
    static let movementVerb = PHIWordTraits(rawValue: 1 << 30)
    /// A change of treatment, after which "from" names a drug or dose: "switched from Norco".
    static let changeVerb = PHIWordTraits(rawValue: 1 << 31)
    /// A US state written out, which confirms the town before it: "Tuscaloosa, Alabama".
    static let stateName = PHIWordTraits(rawValue: 1 << 32)
    /// Precedes a year of birth: "born", "b.", "YOB".
    static let birthCue = PHIWordTraits(rawValue: 1 << 33)
    /// Takes a person as its object: "called", "asked", "spoke (with)".
    static let personVerb = PHIWordTraits(rawValue: 1 << 34)
    /// Is written for a person: "the note for", "the letter to".
    static let documentNoun = PHIWordTraits(rawValue: 1 << 35)
}

struct PHIWordInfo {
    var traits: PHIWordTraits = []
    /// The kind of number an `identifierCue` introduces.
    var identifier: PHIKind = .id
    /// What the public name and place lists say of the word; left empty for vocabulary.
    var reference: PHIReferenceLexicon.Flags = []
}

/// The guard's vocabulary, folded into one dictionary so each word is looked up once per scan.
enum PHILexicon {
    /// What the lexicon knows about the word spelled by `bytes`, in any letter case. Unlisted words
    /// that end like abstract nouns ("Satisfaction", "Management", "Usability") are never names, and
    /// those that end like verbs are marked so.
    static func info(for bytes: ArraySlice<UInt8>) -> PHIWordInfo {
        let word = bytes.allSatisfy { $0 < 0x80 }
            ? String(unsafeUninitializedCapacity: bytes.count) { buffer in
                _ = buffer.initialize(from: bytes.lazy.map(\.asciiLowercased))
                return bytes.count
            }
            : String(decoding: bytes, as: UTF8.self).lowercased()
        if var info = table[word] {
            if !info.traits.contains(.stopword) { info.reference = reference(word) }
            return info
        }
        func endsWith(_ endings: [StaticString]) -> Bool {
            endings.contains { ending in
                let count = ending.utf8CodeUnitCount
                return bytes.count > count + 2
                    && ending.withUTF8Buffer { bytes.suffix(count).lazy.map(\.asciiLowercased).elementsEqual($0) }
            }
        }
        if endsWith(abstractNounEndings) { return PHIWordInfo(traits: .stopword) }
        return PHIWordInfo(traits: endsWith(verbEndings) ? .verbForm : [], reference: reference(word))
    }

    private static func reference(_ word: String) -> PHIReferenceLexicon.Flags {
        var word = word
        return word.withUTF8 { PHIReferenceLexicon.flags(forLowercase: $0) }
    }

    private static let abstractNounEndings: [StaticString] = [
        "tion", "sion", "ment", "ness", "ity", "ology", "ysis", "itis", "ism", "ance", "ence", "ics",
    ]
    private static let verbEndings: [StaticString] = ["ed", "ing"]

    private static let table: [String: PHIWordInfo] = {
        var table: [String: PHIWordInfo] = [:]
        func add(_ words: String, _ traits: PHIWordTraits) {
            for word in words.split(separator: " ") {
                table[String(word), default: PHIWordInfo()].traits.formUnion(traits)
            }
        }
        add(functionWords, .stopword)
        add(domainWords, .stopword)
        add(productWords, .stopword)
        add(eponyms, [.stopword, .nameLike])
        add(healthSystems, [.stopword, .nameLike])
        add(sentenceVerbs, .stopword)
        add(titleCaseVocabulary, .stopword)
        add("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun",
            .stopword)
        add("mr mrs ms miss mx dr prof sra srta sr mme mlle", [.title, .stopword])
        add("""
            patient pt pts name named son daughter wife husband mother father mom dad sister brother spouse \
            partner caregiver guardian grandson granddaughter grandmother grandfather niece nephew aunt uncle \
            daughter-in-law son-in-law child fiance fiancee friend neighbor neighbour roommate nurse doctor \
            physician interpreter manager aide therapist contact practitioner officer director coordinator \
            resident attending chaplain pharmacist technician midwife paramedic assistant cousin stepson \
            stepdaughter stepmother stepfather godmother godfather
            """, [.nameCue, .stopword])
        add("dob mrn", .nameCueAfter)
        add("""
            street st avenue ave av road rd boulevard blvd lane ln drive dr court ct way place pl terrace ter \
            circle cir highway hwy parkway pkwy trail trl square sq loop alley crescent close walk path row \
            plaza pike turnpike expressway freeway crossing commons cove mews
            """, [.streetSuffix, .stopword])
        add("route rte highway hwy", [.numberedRoad, .stopword])
        add("apt apartment unit suite ste bldg building fl floor rm room", [.unitDesignator, .stopword])
        add("n s e w ne nw se sw north south east west", .directional)
        add("""
            al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc \
            nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc pr
            """, .state)
        add(": # - = ( . no nr num number is was code ending in", .connector)
        add("phone telephone tel ph cell cellphone mobile fax pager call callback reach number at text home work",
            .phoneCue)
        add("ssn ss social security", .ssnCue)
        add("zip zipcode postal postcode", .zipCue)
        add("""
            dob birth born birthdate birthday on dated date admitted admission discharged discharge seen visit died \
            recheck due scheduled appointment appt follow-up f/u until
            """, .dateCue)
        add("age aged", .ageCue)
        add("in from near", .placeCue)
        add("on off along at crossing from near", .streetCue)
        add("""
            lives live living lived resides reside residing resided stays staying stayed born raised grew works \
            working worked visiting
            """, [.residenceVerb, .stopword])
        add("""
            moved move moving relocated relocating retired returned went drove flew travelled traveled \
            travelling traveling headed commutes commuted
            """, [.movementVerb, .stopword])
        add("""
            switched switch switching changed change changing converted transitioned weaned titrated tapered \
            rotated stepped increased decreased reduced
            """, [.changeVerb, .stopword])
        add("""
            alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho \
            illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota \
            mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah \
            vermont virginia washington wisconsin wyoming
            """, .stateName)
        add("born b yob dob birth birthyear", .birthCue)
        add("called asked told met emailed texted paged phoned thanked reminded informed spoke talked visited",
            [.personVerb, .stopword])
        add("note notes draft drafts summary letter chart transcript message record", .documentNoun)
        add("""
            mg mcg ug g kg ml l dl mmol meq iu unit units mmhg bpm min mins minute minutes h hr hrs hour hours day \
            days wk week weeks month months year years cm mm tab tabs puff puffs drop drops of
            """, .quantityWord)
        add("""
            disease diseases syndrome sign signs palsy criteria score scale test maneuver manoeuvre reflex \
            phenomenon ulcer law classification rule rules procedure operation method index positive negative \
            point cyst node nodes cell cells tumor tumour fracture triad technique position tube catheter drain \
            stain solution grade stage class type tendon ligament nerve artery vein muscle valve duct canal line \
            lines port breathing respirations sounds murmur lactate pouch pos neg
            """, .eponymFollower)
        add(givenNames, .givenName)
        add("de del della der den da das dos di du van von la le bin ibn al el", .nameParticle)
        add("jr sr ii iii iv", .nameSuffix)
        add("st nd rd th", .ordinalSuffix)
        add("com org net edu gov mil io health info biz app us uk ca", .topLevelDomain)
        add("""
            january february march april may june july august september october november december \
            jan feb mar apr jun jul aug sep sept oct nov dec
            """, [.month, .stopword])
        add("may march mar", .ambiguousMonth)

        let identifierCues: [(PHIKind, String)] = [
            (.mrn, "mrn mr chart record"),
            (.id, """
                id identifier member subscriber policy claim account acct beneficiary medicare medicaid mbi \
                insurance encounter csn fin har accession specimen license licence dl dea npi certificate cert \
                vin plate serial s/n sn udi passport badge
                """),
        ]
        for (kind, words) in identifierCues {
            add(words, .identifierCue)
            for word in words.split(separator: " ") { table[String(word)]?.identifier = kind }
        }
        return table
    }()

    private static let functionWords = """
        a an the this that these those he she they we i it you his her hers their our my your its him them \
        us me who whom whose which what when where why how there here and but or nor so yet if then than also \
        as at by for from in into of off on onto out over per to up upon via with within without about above \
        after against along among around before behind below beside between beyond during except near since \
        through under until unlike while all any both each either every few many more most much neither none \
        not one other others same several some such own only just very too again already always never often \
        sometimes still even once yes ok okay please thanks thank today tomorrow yesterday tonight now later \
        soon however although though because unless whether overall additionally otherwise instead maybe \
        perhaps hi hello dear re attn regarding subject cc fyi wrong right good great bad new old first last \
        next both no yes
        """

    private static let domainWords = """
        patient patients pt pts doctor doctors nurse nurses physician physicians provider providers clinician \
        clinicians staff team teams scribe scribes ai note notes draft drafts summary summaries chart charts \
        record records visit visits clinic clinics hospital hospitals center centre department dept unit units \
        ward wards service services system systems program programme pilot pilots office group care health \
        medical medicine clinical portal app apps tool tools model models version release build update \
        feedback survey report reports plan plans assessment history exam review order orders lab labs \
        laboratory pharmacy radiology cardiology oncology neurology nephrology pulmonology urology dermatology \
        psychiatry psychology pediatrics paediatrics obstetrics gynecology orthopedics orthopaedics surgery \
        anesthesia anesthesiology endocrinology gastroenterology rheumatology hematology infectious primary \
        urgent emergency internal family general intensive critical ed er icu nicu picu pacu ob gyn ent \
        imaging infusion dialysis hospice rehab rehabilitation therapy physical occupational speech social \
        work case management discharge admission admissions triage billing coding quality compliance privacy \
        security informatics research education training driver body chief medicare medicaid tricare hipaa phi \
        covid english spanish interpreter mini stage grade type class level week month year day
        """

    private static let productWords = """
        epic cerner meditech athena athenahealth allscripts nextgen eclinicalworks mychart haiku canto rover \
        dragon nuance dax copilot abridge suki nabla ambience deepscribe augmedix freed heidi tali microsoft \
        google apple amazon openai chatgpt gpt claude gemini teams zoom outlook excel windows ios android ipad \
        iphone
        """

    private static let eponyms = """
        parkinson crohn alzheimer hashimoto graves addison cushing tourette huntington raynaud sjogren wilson \
        hodgkin paget meniere barrett kaposi reye asperger guillain barre lyme marfan ehlers danlos kawasaki \
        behcet dupuytren ewing glasgow apgar babinski mcburney kernig brudzinski romberg valsalva foley flesch \
        kincaid likert whipple nissen heimlich epley hallpike bell down lewy holter hickman broviac groshong penrose \
        yankauer dobhoff doppler bovie ambu venturi jobst unna ommaya tenckhoff mahurkar malecot coude lachman \
        mcmurray homans trendelenburg kussmaul korotkoff chvostek trousseau virchow lhermitte ortolani snellen \
        schirmer tzanck nikolsky wernicke korsakoff broca charcot gaucher hirschsprung meckel zenker boerhaave \
        schatzki billroth pfannenstiel kocher breslow karnofsky centor alvarado caprini tanner cormack lehane \
        barthel waterlow finkelstein
        """

    /// Frequent US given names, leaving out those that are also common words or places.
    private static let givenNames = """
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret \
        sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura \
        cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine \
        debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce victoria kelly lauren \
        christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara \
        frances kathryn janice jean abigail alice judy sophia denise doris marilyn danielle beverly isabella \
        theresa diana natalie brittany charlotte marie kayla alexis lori ava mia harper aria chloe camila \
        penelope layla riley zoey nora eleanor ellie stella natalia leah aaliyah lucy audrey claire skylar \
        caroline naomi elena gabriella ariana maya valentina sadie ximena luciana sofia carmen isabel ana \
        yolanda mildred dorothy lois norma irene louise wanda tammy tiffany vanessa monica erica erin tracy \
        james john robert michael william david richard joseph thomas charles christopher daniel matthew \
        anthony donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason \
        jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel \
        gregory alexander patrick raymond dennis jerry tyler aaron jose adam nathan henry douglas zachary \
        peter kyle ethan walter noah jeremy keith roger terry sean gerald carl harold dylan arthur lawrence \
        jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah wayne randy vincent roy \
        ralph bobby russell bradley philip eugene louis harry howard liam oliver lucas levi sebastian mateo \
        owen theodore julian isaac luis carlos miguel jorge pedro manuel francisco antonio alejandro diego \
        javier ricardo fernando roberto eduardo rafael mohammed muhammad ahmed omar hassan ibrahim rahul \
        arjun wei hiroshi fred ernest leonard stanley earl jimmy johnny herbert clarence florence terrence \
        constance laurence clement
        """

    /// Health systems and academic centres that clinicians name in feedback ("the Kaiser rollout"),
    /// most of them surnames too.
    private static let healthSystems = """
        kaiser permanente mayo sutter geisinger ochsner intermountain baylor emory vanderbilt stanford yale \
        hopkins cedars sinai lahey beaumont sanford allina essentia advocate aurora atrium novant wellstar \
        piedmont banner scripps sharp dignity trinity ascension adventhealth christus methodist presbyterian \
        baptist mercy providence spectrum corewell henry ford montefiore langone northwell tufts dartmouth \
        brigham partners
        """

    private static let sentenceVerbs = """
        called seen saw told asked discussed spoke met reviewed noted followed checked contacted sent send \
        call check follow left gave informed reminded advised explained said says wrote documented recorded \
        listed started continued held increased decreased stopped restarted switched added given ordered \
        prescribed recommended completed scheduled referred admitted discharged transferred consulted \
        improved worsened resolved denies denied reports reported states stated presents presented continue \
        start hold increase decrease stop resume titrate taper recheck consider monitor obtain repeat give \
        administer avoid encourage advise discuss schedule refer
        """

    /// Ordinary words that clinical and administrative writing capitalises, so that two of them in a
    /// row are not taken for a name. Each group is a class of title-case phrase, not a list of corpus
    /// phrases; words that end like abstract nouns ("Usability", "Documentation") need no entry, as
    /// `info(for:)` never takes them for names.
    private static let titleCaseVocabulary = [
        // Words of the names of standard clinical and survey instruments (Glasgow Coma Scale, Net Promoter
        // Score, National Early Warning Score, Numeric Rating Scale, Visual Analog Scale, Mini-Mental State
        // Exam, Morse Fall Scale)
        "scale score index exam questionnaire inventory survey measure test method state mental promoter net",
        "early warning rating numeric visual analog analogue coma fall falls",
        // Headings of clinical notes and of quality work (History of Present Illness, Chief Complaint,
        // Shared Decision Making)
        "quality decision making complaint present illness",
        // Words of the names of AI and documentation tools and of what they are measured on (Ambient
        // Listening, Artificial Intelligence, Large Language Model, Smart Phrase, Time Saved)
        "listening ambient artificial language large learning machine natural processing voice instructions",
        "smart phrase text template templates workflow inbox message messages prep charting burnout wellbeing",
        "time saved",
        // Words of study and software vocabulary (Phase, Cohort, Control Arm, Bug Fix, Release Notes)
        "study trial phase cohort arm control baseline dashboard metrics metric data overview updates notes",
        "feature features bug fix issue issues error errors alert alerts",
        // Words of governance and of the working week (Best Practice Alert, Policy Committee, Night Shift)
        "set sets protocol pathway guideline guidelines policy policies standard standards best practice",
        "practices committee council board meeting rounds huddle shift night morning evening weekend holiday",
        // Words of hospital, unit and department names (Memorial, Step Down, Labor and Delivery, Blood Bank,
        // Revenue Cycle)
        "campus main central regional community memorial university children women veterans heart cancer",
        "institute foundation network partners associates step down telemetry surgical labor delivery",
        "postpartum nursery behavioral outpatient inpatient ambulatory specialty vascular spine joint stroke",
        "trauma burn transplant wound sleep pain palliative geriatric adult pediatric neonatal maternal fetal",
        "sports respiratory blood bank dietary chaplaincy spiritual advisory safety risk legal finance",
        "revenue cycle scheduling access desk support digital strategy operations leadership",
        // Job titles (Executive Vice President, Senior Lead)
        "executive vice president senior lead head",
        // Clinical and everyday qualifiers that head capitalised phrases (Acute Care, Normal Saline, Left Knee)
        "acute chronic severe mild moderate normal abnormal positive negative stable unstable high low total",
        "average mean median daily weekly monthly annual afternoon heavy light left right upper lower",
        // Colours and compass points of team and building names (Blue Team, North Tower)
        "blue red green black white gold silver star north south east west",
        // Languages of interpreted visits (Tagalog, Haitian Creole), some of them surnames too
        "arabic amharic bengali burmese cantonese chuukese creole dari farsi french german gujarati haitian",
        "hindi hmong igbo italian japanese khmer korean lao mandarin marshallese navajo nepali oromo pashto",
        "persian polish portuguese punjabi russian somali swahili tagalog thai tigrinya ukrainian urdu",
        "vietnamese yoruba",
        // Services as clinicians shorten them (Endo, Ortho, Peds, Cath Lab), some of them surnames too
        "endo ortho neuro psych peds onc heme pulm nephro cards gi gu gyn uro derm rheum gastro ophtho",
        "optho cardio tele cath echo rehab snf ltach ltac irf pacu nicu picu micu sicu cvicu ccu",
        // Where people live when not at home (Assisted Living, Skilled Nursing, Memory Care)
        "independent assisted living skilled nursing memory residential group home",
    ].joined(separator: " ")
}
