import type { GermanForms, Translation } from '../catalogue';
import type { ASSESS as EN } from '../en/assess';

/**
 * The self-assessment's words, in German. The statements are the user's own
 * voice (ich); the rest speaks to them (du). A dimension's High and Low are
 * zu-infinitives, as coachLean says them ("Du neigst dazu, ein Team
 * aufzubauen …"); the paths are feminine noun phrases, the same in the
 * accusative the summaries put them in. A check-in is a Zwischenbilanz.
 */
export const ASSESS: Translation<typeof EN, GermanForms> = {
  dimPeopleLeadership: 'Menschen führen',
  dimPeopleLeadershipHigh: 'ein Team aufzubauen und zu steuern',
  dimPeopleLeadershipLow: 'Personalverantwortung aus deiner Arbeit herauszuhalten',
  dimCraftDepth: 'Fachliche Tiefe',
  dimCraftDepthHigh: 'dein Fach zu meistern und die Arbeit selbst zu machen',
  dimCraftDepthLow: 'dich von der eigenen Facharbeit wegzubewegen',
  dimStrategicScope: 'Strategische Reichweite',
  dimStrategicScopeHigh: 'Richtung, Budgets und Prioritäten zu gestalten',
  dimStrategicScopeLow: 'dich auf deinen Teil zu konzentrieren und das große Ganze anderen zu überlassen',
  dimCollaboration: 'Viele Menschen, viele Themen',
  dimCollaborationHigh: 'Tage voller Gespräche und Themenwechsel zu haben',
  dimCollaborationLow: 'lange, konzentrierte Phasen mit wenigen Unterbrechungen zu haben',
  dimAutonomy: 'Selbstbestimmung',
  dimAutonomyHigh: 'selbst zu entscheiden, wie und wann du arbeitest',
  dimAutonomyLow: 'eine klare Struktur zu haben, die andere vorgeben',
  dimPressure: 'Belastung',
  dimPressureHigh: 'lange Arbeitstage und breite Verantwortung in Kauf zu nehmen',
  dimPressureLow: 'deine Zeit und Energie außerhalb der Arbeit zu schützen',
  dimSecurityMobility: 'Übertragbare Fähigkeiten',
  dimSecurityMobilityHigh: 'Fähigkeiten zu haben, die du zu jedem Arbeitgeber mitnehmen kannst',
  dimSecurityMobilityLow: 'Sicherheit in einer Organisation zu haben',
  dimLearning: 'Lernen',
  dimLearningHigh: 'ständig etwas Neues zu lernen',
  dimLearningLow: 'bei dem zu bleiben, was du schon gut kannst',
  itemPl1: 'Es erfüllt mich sehr, wenn jemand, den ich begleitet habe, Erfolg hat.',
  itemPl4: 'Ich würde gern die Verantwortung für die Ergebnisse eines Teams tragen.',
  itemPl2: 'Ich würde einen Teil meiner eigenen Facharbeit gegen Zeit eintauschen, in der ich andere weiterentwickle.',
  itemPl3: 'Ich möchte lieber nicht für die Leistung anderer verantwortlich sein.',
  itemCd1: 'Ich möchte in meinem Fach zu den Besten gehören.',
  itemCd2: 'Lange Phasen an einem schwierigen Problem geben mir Energie.',
  itemCd3: 'Ich könnte die eigene Facharbeit aufgeben, ohne sie zu vermissen.',
  itemSs4: 'Ich denke gern darüber nach, wo meine Organisation in drei Jahren stehen sollte.',
  itemSs5: 'Ich möchte mitentscheiden, woran mein Team als Nächstes arbeitet.',
  itemSs6: 'Grundsatzentscheidungen überlasse ich lieber anderen.',
  itemCo4: 'Tage voller Gespräche geben mir Energie.',
  itemCo5: 'Ich wechsle gern an einem Tag zwischen vielen Themen.',
  itemSs1: 'Ich denke gern darüber nach, wo ein ganzes Team oder eine Organisation in drei Jahren stehen sollte.',
  itemSs2: 'Ich möchte bei Budgets, Prioritäten und Einstellungen mitreden.',
  itemSs3: 'Große Grundsatzentscheidungen überlasse ich lieber anderen und konzentriere mich auf meinen Teil.',
  itemCo1: 'Tage voller Gespräche und Entscheidungen geben mir Energie.',
  itemCo2: 'Ich wechsle gern an einem Tag zwischen vielen Menschen und Themen.',
  itemCo3: 'Mehrere Meetings am Stück laugen mich aus.',
  itemAu4: 'Ich arbeite am besten, wenn ich selbst entscheide, wie.',
  itemAu5: 'Ich möchte meine Arbeitszeiten selbst bestimmen.',
  itemAu1: 'Ich arbeite am besten, wenn ich selbst entscheide, wie und wann.',
  itemAu2: 'Freiheit bei meiner Zeiteinteilung wäre mir lieber als ein größerer Titel.',
  itemAu3: 'Ich mag es, wenn jemand anderes meine Arbeit eng strukturiert.',
  itemPr4: 'Ich nehme längere Arbeitstage in Kauf, wenn die Verantwortung bei mir liegt.',
  itemPr5: 'Abende ohne Arbeit sind mir sehr wichtig.',
  itemPr1: 'Ich nehme längere Arbeitszeiten und Erreichbarkeit in Kauf, wenn die Verantwortung bei mir liegt.',
  itemPr2: 'Ich bleibe handlungsfähig, wenn mehrere dringende Probleme gleichzeitig auftauchen.',
  itemSm4: 'Ich möchte Fähigkeiten, die ich zu jedem Arbeitgeber mitnehmen kann.',
  itemSm5: 'Ein sicherer Platz in einer Organisation ist mir sehr wichtig.',
  itemPr3: 'Freie Abende und Wochenenden sind mir wichtiger als der nächste Karriereschritt.',
  itemSm1: 'Fähigkeiten, die ich überallhin mitnehmen kann, sind mir wichtiger als ein Platz in einer Organisation.',
  itemSm2: 'Ich würde den Arbeitgeber wechseln, um mich in meinem Fach weiterzuentwickeln.',
  itemLe4: 'Ich suche regelmäßig nach Neuem, das ich lernen kann.',
  itemLe5: 'Ich halte mein Wissen gern auf dem neuesten Stand.',
  itemSm3: 'Eine sichere Position in einer Organisation ist mir wichtiger als übertragbare Fähigkeiten.',
  itemLe1: 'Ich suche regelmäßig nach Kursen, Workshops oder Projekten, aus denen ich lernen kann.',
  itemLe2: 'Mein Wissen aktuell zu halten gehört für mich zur Arbeit und ist keine lästige Pflicht.',
  itemLe3: 'Wenn ich meine Arbeit gut mache, lerne ich lieber keine neuen Methoden mehr.',
  likert1: 'Stimme gar nicht zu',
  likert2: 'Stimme nicht zu',
  likert3: 'Weder noch',
  likert4: 'Stimme zu',
  likert5: 'Stimme voll zu',
  readinessR1: 'Ich habe meine wichtigsten Werte, Stärken und Leidenschaften benannt.',
  readinessR1Next:
    'Schreib drei Werte, drei Stärken und das auf, was dir Energie gibt; die Reflexionsfragen hier sind ein Anfang.',
  readinessR2: 'Ich habe mir konkrete, messbare Karriereziele mit Termin gesetzt.',
  readinessR2Next: 'Mach aus dem, wo du in fünf Jahren stehen willst, ein Ziel für die nächsten zwölf Monate, mit Datum.',
  readinessR3: 'Ich arbeite stetig an den Fähigkeiten, die mein nächster Schritt braucht.',
  readinessR3Next: 'Wähle eine Fähigkeit, die dein nächster Schritt braucht, und reserviere regelmäßig Zeit dafür.',
  readinessR4: 'Ich erweitere mein Netzwerk aus Kolleginnen, Kollegen und Fachleuten.',
  readinessR4Next: 'Führe jeden Monat ein Gespräch mit jemandem außerhalb deines Teams, dessen Arbeit dich neugierig macht.',
  readinessR5: 'Ich suche nach neuen Lernmöglichkeiten: Kurse, Workshops, Projekte.',
  readinessR5Next: 'Wähle für dieses Quartal einen Kurs, einen Workshop oder ein Projekt, das dich fordert.',
  readinessR6: 'Ich frage Kolleginnen und Kollegen, Mentoren oder Vorgesetzte, wo meine Stärken am besten passen.',
  readinessR6Next: 'Frag zwei Menschen, die deine Arbeit kennen, wo sie dich in deiner besten Form erleben.',
  readinessR7: 'Ich habe mir genau angesehen, was Führungsrollen in meinem Umfeld mit sich bringen.',
  readinessR7Next: 'Frag eine Führungskraft, die du schätzt, womit ihre Woche gefüllt ist und was sie dafür aufgegeben hat.',
  readinessR8: 'Ich habe Vor- und Nachteile einer Spezialisierung und die Möglichkeiten dafür abgewogen.',
  readinessR8Next: 'Finde heraus, ob deine Organisation eine Fachlaufbahn hat und wie weit sie reicht.',
  readinessR9: 'Ich hole mir für meinen Weg Rat von erfahrenen Menschen oder Mentoren.',
  readinessR9Next: 'Such dir jemanden als Mentor, der auf dem Weg, zu dem du neigst, ein paar Schritte voraus ist.',
  readinessR10: 'Ich sehe meine Laufbahn als stetige Entwicklung und rechne damit, mich anzupassen.',
  readinessR10Next: 'Trag dir in sechs Monaten einen Termin ein, um diese Selbsteinschätzung zu wiederholen und zu vergleichen.',
  reflectionQ1: 'Denk an eine Woche aus letzter Zeit. Was hat dich erfüllt, und was hat dich ausgelaugt?',
  reflectionQ2: 'Soll deine Wirkung über andere entstehen oder über deine eigene Arbeit? Warum?',
  reflectionQ3: 'Was würdest du für den nächsten Schritt aufgeben: eigene Facharbeit, freie Abende, Unabhängigkeit?',
  reflectionQ4: 'Welche Tage geben dir Energie: viele Gespräche und Entscheidungen oder lange, konzentrierte Arbeit?',
  checkInEnergised: 'Was hat dir seit deiner letzten Zwischenbilanz bei der Arbeit Energie gegeben?',
  checkInDrained: 'Was hat dich Kraft gekostet?',
  checkInMoreOf: 'Wovon möchtest du in den kommenden Wochen mehr?',
  fiveYearLeading: 'An der Spitze eines Teams oder einer Organisation',
  fiveYearExpert: 'Mit anerkannter Expertise in meinem Fach',
  fiveYearBoth: 'An der Spitze eines kleinen Teams und weiter fachlich aktiv',
  fiveYearUnsure: 'Ich bin mir noch nicht sicher',
  coachPathLeadership: 'die Führung von Menschen',
  coachPathSpecialist: 'die fachliche Vertiefung',
  coachPathHybrid: 'eine Hybridrolle',
  coachSummaryPoint: 'Deine Antworten deuten auf $1 hin. Das spiegelt, was du gesagt hast, und ist kein Urteil: Du entscheidest.',
  coachSummaryLean:
    'Deine Antworten sprechen eher für $1. Das spiegelt, was du gesagt hast, und ist kein Urteil: Du entscheidest.',
  coachSummaryHint:
    'Deine Antworten lassen vorsichtig an $1 denken. Das spiegelt, was du gesagt hast, und ist kein Urteil: Du entscheidest.',
  coachSummaryUnclear:
    'Deine Antworten zeigen noch in keine klare Richtung. Auch das ist gut zu wissen: Niemand muss sich heute entscheiden, und die Schritte unten können dir mehr zeigen.',
  coachLean: 'Du neigst dazu, $1.',
  strengthClear: 'eindeutig',
  strengthModerate: 'ziemlich eindeutig',
  strengthSlight: 'wenig eindeutig',
  strengthNone: 'noch nicht eindeutig',
  helpFlat:
    'Fast alle Antworten waren gleich. Mach die Selbsteinschätzung noch einmal, wenn du zehn ruhige Minuten hast, und nutze die ganze Skala: Stimm nur dem zu, was in den meisten Wochen auf dich zutrifft.',
  helpAgreeing:
    'Du hast den meisten Aussagen zugestimmt, auch solchen, die Gegensätzliches sagen. Lies jede für sich und frag dich: Trifft das in einer normalen Woche auf mich zu?',
  helpDisagreeing:
    'Du hast den meisten Aussagen nicht zugestimmt, auch solchen, die Gegensätzliches sagen. Lies jede für sich und frag dich: Trifft das in einer normalen Woche auf mich zu?',
  helpContradictory:
    'Mehrere Antworten widersprechen sich (einige stehen unten). Denk bei jeder Aussage an eine echte Woche und beantworte sie noch einmal.',
  helpReflect: 'Die Reflexionsfragen am Ende zeigen oft, was die Aussagen nicht erfassen: Ein paar Sätze reichen.',
  clashAgreed: 'Du hast zugestimmt: „$1“',
  clashDisagreed: 'Du hast nicht zugestimmt: „$1“',
  tensionLeadEvenings:
    'Du möchtest Menschen führen, und deine Abende sind dir heilig. Führung verlangt oft beides: Was würdest du behalten, wenn du wählen müsstest?',
  tensionLeadMeetings:
    'Du möchtest Menschen führen, aber ein Tag voller Meetings laugt dich aus. Führung besteht vor allem aus Gesprächen: Was würde sie für dich lohnend machen?',
  tensionLeadCraft:
    'Du möchtest Menschen führen und dein Fach weiter meistern. Eine Hybridrolle gibt dir eine Zeit lang beides: Was würdest du behalten, wenn das Team wächst?',
  tensionLeadFreedom:
    'Du möchtest Menschen führen und selbst entscheiden, wie und wann du arbeitest. Der Kalender einer Führungskraft gehört zum großen Teil dem Team: Wie viel von deinem würdest du hergeben?',
  tensionMasteryTitle:
    'Du willst dein Fach meistern und siehst dich in fünf Jahren in einer Führungsrolle. Wäre dir der größere Titel weniger eigene Facharbeit wert?',
  tensionExpertPeople:
    'Du siehst dich in fünf Jahren als Expertin oder Experte und hilfst gern anderen, sich zu entwickeln. Mentoring und fachliche Führung können dir beides geben, ohne Personalverantwortung.',
  tensionScopeNoReports:
    'Du möchtest bei der Richtung mitreden, aber lieber keine Menschen führen. Expertenrollen auf Staff- oder Principal-Ebene und beratende Rollen prägen die Richtung durch Fachwissen.',
  stepTryBoth:
    'Probier einen Monat lang ein bisschen von beidem: Leite ein kleines Vorhaben oder begleite jemanden als Mentorin oder Mentor, und vertief dich eine Woche lang in ein einziges Problem. Notier dir, welche Tage dir Energie geben.',
  stepAskHours:
    'Frag zwei Führungskräfte in deinem Umfeld, wie viele Abende ihr Job sie kostet und was sie tun, um diese Abende zu schützen.',
  stepTryLeadingMeeting:
    'Leite diesen Monat ein Teammeeting oder eine Retrospektive und notier dir danach, was dir Energie gegeben und was dich Kraft gekostet hat.',
  stepHybridRole:
    'Such nach Rollen, in denen du ein kleines Team führst und trotzdem selbst fachlich arbeitest, und frag nach, wie sich die Woche aufteilt.',
  stepExpertTrack:
    'Finde heraus, wie weit die Fachlaufbahn bei dir reicht: welche Rollen auf Staff- oder Principal-Ebene es gibt und was sie entscheiden.',
  stepMentor:
    'Biete an, in diesem Quartal eine neuere Kollegin oder einen neueren Kollegen zu begleiten, und schau, ob dir das gibt, was dir Führung geben würde.',
  changeTowardsLeading: 'Seit $1 hast du dich in Richtung Führung bewegt.',
  changeTowardsSpecialist: 'Seit $1 hast du dich in Richtung Fachlaufbahn bewegt.',
  changeSteady: 'Seit $1 ist deine Richtung gleich geblieben.',
  changeNowUnclear: 'Im $1 deuteten deine Antworten auf $2 hin; diesmal zeigen sie in keine klare Richtung.',
  changeNowClear: 'Im $1 zeigten deine Antworten keine klare Richtung; diesmal schon.',
  changeDimension: '„$1“ hat sich von $2 auf $3 verändert.',
  coachWeighLeadership1:
    'Deine Arbeit würde zum Erfolg anderer: Gemessen würdest du an den Ergebnissen des Teams, nicht an deiner eigenen Leistung.',
  coachWeighLeadership2:
    'Rechne mit mehr Verantwortung, häufigeren Themenwechseln und oft längeren Arbeitstagen; prüfe, ob dieser Tausch gerade zu deinem Leben passt.',
  coachWeighLeadership3: 'Die eigene Facharbeit schrumpft meist. Frag dich, was dir fehlen würde.',
  coachWeighSpecialist1:
    'Einfluss entstünde durch Expertise: beraten, prüfen, Standards setzen, Projekte leiten, ohne Personalverantwortung.',
  coachWeighSpecialist2: 'Finde heraus, wie weit die Fachlaufbahn bei deinem Arbeitgeber reicht, oder wo sie weiter reicht.',
  coachWeighSpecialist3:
    'Deine Fähigkeiten aktuell zu halten ist Teil der Aufgabe. Plane das Lernen, die Zertifizierungen oder die schwierigeren Probleme, die dich dorthin bringen.',
  coachWeighHybrid1:
    'Hybridrollen verlangen zwei Jobs in einer Woche: Schütze Zeit für die fachliche Arbeit, sonst frisst die Führungsarbeit sie auf.',
  coachWeighHybrid2:
    'Achte darauf, wie eine Stelle die Zeit aufteilt und ob das Team klein genug ist, um es zu führen und trotzdem selbst mitzuarbeiten.',
  coachWeighHybrid3:
    'Eine Hybridrolle ist ein guter Ort, um zu testen, ob dir Führung liegt, bevor du dich für eine Seite entscheidest.',
  coachMyth1: 'Führungskräfte müssen nicht laut und extrovertiert sein: Viele wirksame Führungskräfte sind introvertiert.',
  coachMyth2:
    'Fachleute sitzen nicht allein und verdienen nicht weniger: Sie arbeiten ständig mit anderen, beraten Führungskräfte und können zu den Bestbezahlten gehören.',
  coachMyth3: 'Nicht führen zu wollen ist kein Mangel an Talent oder Ehrgeiz; oft zeigt es mehr Selbstkenntnis.',
  coachMyth4: 'Fortschritt muss kein größeres Team bedeuten: Einfluss, Wirkung und Meisterschaft sind auch Fortschritt.',
};
