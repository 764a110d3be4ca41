"""Outlets, bodies and people of the war added to the gazetteer from the development
rounds, and the spellings the press writes of names it already held. Sentences are
written for these tests; none is taken from the development reports."""

from __future__ import annotations

import pytest
from test_gazetteer_war import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Gulf, Russian, Canadian and Asian outlets that carry the war's reports
        (
            "Bahrain Mirror, SouthFront and the Vancouver Sun carried it.",
            [
                ("Bahrain Mirror", "bahrain_mirror"),
                ("SouthFront", "south_front"),
                ("Vancouver Sun", "vancouver_sun"),
            ],
        ),
        (
            "The Phnom Penh Post cited the Philippine News Agency.",
            [
                ("The Phnom Penh Post", "phnom_penh_post"),
                ("Philippine News Agency", "philippine_news_agency"),
            ],
        ),
        # regional bodies, the 2012 Action Group, a hospital that treats the war's wounded
        (
            "The Arab Parliament and the Action Group for Syria met.",
            [
                ("Arab Parliament", "arab_parliament"),
                ("Action Group for Syria", "action_group_for_syria"),
            ],
        ),
        ("Ziv Medical Center took in the wounded.", [("Ziv Medical Center", "ziv_medical_center")]),
        ("The Lions of the Desert moved north.", [("Lions of the Desert", "lions_of_the_desert")]),
        # a US diplomat, a Russian diplomat at the UN and a militia's spokesman, by surname later
        (
            "William Burns met Alexander Pankin. Pankin spoke first.",
            [
                ("William Burns", "william_burns"),
                ("Alexander Pankin", "alexander_pankin"),
                ("Pankin", "alexander_pankin"),
            ],
        ),
        (
            "Jaafar Hussaini spoke. Hussaini said the front would open.",
            [("Jaafar Hussaini", "jaafar_hussaini"), ("Hussaini", "jaafar_hussaini")],
        ),
        # names as the press writes them
        (
            "Tayyip Erdogan spoke to Radio France International and People's Daily Online.",
            [
                ("Tayyip Erdogan", "recep_tayyip_erdogan"),
                ("Radio France International", "rfi"),
                ("People's Daily Online", "peoples_daily"),
            ],
        ),
        (
            "The U.N. World Food Programme and the UN monitoring mission counted them.",
            [
                ("U.N. World Food Programme", "world_food_programme"),
                ("UN monitoring mission", "unsmis"),
            ],
        ),
        (
            "The Syrian Network of Human Rights told Yedioth Achronoth and ANF Agency.",
            [
                ("Syrian Network of Human Rights", "syrian_network_for_human_rights"),
                ("Yedioth Achronoth", "ynetnews"),
                ("ANF Agency", "firat_news_agency"),
            ],
        ),
        (
            "Jaish al-Izzah and the 5th Storming Corps faced the Air Forces Intelligence Service.",
            [
                ("Jaish al-Izzah", "jaysh_al_izza"),
                ("5th Storming Corps", "fifth_corps"),
                ("Air Forces Intelligence Service", "air_force_intelligence"),
            ],
        ),
        ("Yehia al-Aridi spoke for the delegation.", [("Yehia al-Aridi", "yahya_aridi")]),
        # the Guard's branch abroad is its own body; the army's name in another order
        (
            "The IRGC and its Quds Force fought beside the Syrian Free Army's foes.",
            [
                ("IRGC", "iran_revolutionary_guard"),
                ("Quds Force", "quds_force"),
                ("Syrian Free Army", "free_syrian_army"),
            ],
        ),
        # Finnish, Pakistani, American and Israeli outlets
        (
            "FTimes-STT Report: Helsingin Sanomat and the Finland Times ran a Lehtikuva photo.",
            [
                ("FTimes", "finland_times"),
                ("STT", "stt_finnish_news_agency"),
                ("Helsingin Sanomat", "helsingin_sanomat"),
                ("Finland Times", "finland_times"),
                ("Lehtikuva", "lehtikuva"),
            ],
        ),
        (
            "Pakistan News Digest, CJJ News and the International Business Times said so.",
            [
                ("Pakistan News Digest", "pakistan_news_digest"),
                ("CJJ News", "cjj_news"),
                ("International Business Times", "international_business_times"),
            ],
        ),
        ("Loay Mokdad said the men had crossed.", [("Loay Mokdad", "louay_al_mokdad")]),
        (
            "The coalition forces struck the Jewish state's foes.",
            [("coalition forces", "us_led_coalition"), ("Jewish state", "israel")],
        ),
        # the factions' names translated, and spellings of a faction and a spokesman
        (
            "The Levant Liberation Committee, Nur al-Din al-Zenki and the Sham Corps split.",
            [
                ("Levant Liberation Committee", "hayat_tahrir_al_sham"),
                ("Nur al-Din al-Zenki", "nour_al_din_al_zenki"),
                ("Sham Corps", "sham_legion"),
            ],
        ),
        (
            "Fatah al-Sham Front fighters left, Talal Sello said.",
            [("Fatah al-Sham Front", "al_nusra_front"), ("Talal Sello", "talal_silo")],
        ),
        # a listed person by surname after an honorific, where the surname is also a word;
        # not where the report names another of that surname, nor after a description
        (
            "Foreign Minister Julie Bishop spoke. “We track them,” Ms Bishop said. The bishop"
            " prayed.",
            [("Julie Bishop", "julie_bishop"), ("Ms Bishop", "julie_bishop")],
        ),
        (
            "Julie Bishop came with Frank Bishop, an aid official. Mr Bishop said more.",
            [("Julie Bishop", "julie_bishop")],
        ),
        (
            "The Syrian President met Vladimir Putin. “Mr President, thank you,” he said.",
            [("Syrian President", "bashar_al_assad"), ("Vladimir Putin", "vladimir_putin")],
        ),
        # a description's last word is no surname: "Syria" here is the place
        (
            "The President of Syria gave a speech. Millions have fled Syria since 2011.",
            [("The President of Syria", "bashar_al_assad")],
        ),
        # a royal's or a sheikh's first name after the title, once named in full; the title
        # is no part of the mention, and a first name before another name is someone else's
        (
            "Foreign Minister Saud al-Faisal spoke. Prince Saud said more. Prince Saud bin Nayef"
            " did not. Saud Street was closed.",
            [("Saud al-Faisal", "saud_al_faisal"), ("Saud", "saud_al_faisal")],
        ),
        (
            "Sheikh Hamdan bin Zayed Al Nahyan opened the camp. “We act,” said Sheikh Hamdan.",
            [
                ("Hamdan bin Zayed Al Nahyan", "hamdan_bin_zayed_al_nahyan"),
                ("Hamdan", "hamdan_bin_zayed_al_nahyan"),
            ],
        ),
        # a royal's title before the full name is no part of it, and the name runs to the end
        # of the longest alias (the alias with the title stops before "al-Thani"); the first
        # name alone after the title, with a possessive, is the one so named in full before
        (
            "Sheikh Tamim bin Hamad al-Thani spoke. Under Sheikh Hamad bin Khalifa al-Thani, and"
            " until Sheikh Hamad's abdication, Sheikh Khalifa bin Zayed Al Nahyan agreed.",
            [
                ("Tamim bin Hamad al-Thani", "tamim_bin_hamad_al_thani"),
                ("Hamad bin Khalifa al-Thani", "hamad_bin_khalifa_al_thani"),
                ("Hamad", "hamad_bin_khalifa_al_thani"),
                ("Khalifa bin Zayed Al Nahyan", "khalifa_bin_zayed"),
            ],
        ),
        # ... but a title before one word stays: "Emir Tamim" is the alias
        ("Emir Tamim met the envoy.", [("Emir Tamim", "tamim_bin_hamad_al_thani")]),
        # an e-mail address's domain is a contact line, not the outlet; a handle is the outlet
        (
            "Read it on thenational.ae or write to tsubaihi@thenational.ae",
            [("thenational.ae", "the_national")],
        ),
        # a headline's capitalised words name no other person of that surname
        (
            "Westminster May Vote\nTheresa May said it was right. Mrs May said more.",
            [("Theresa May", "theresa_may"), ("Mrs May", "theresa_may")],
        ),
        # another state's forces as headlines shorten "government"
        ("Iraqi gov't forces advanced on Mosul.", [("Iraqi gov't", "iraq")]),
        # the regime with a word of judgement, the government's forces as headlines shorten it
        (
            "Rebels fought the despotic regime and gov't forces near Hama.",
            [("the despotic regime", "syrian_government"), ("gov't forces", "syrian_government")],
        ),
        # names without the noun after them, as the annotation codes them, and spellings
        (
            "The Islamic State group fled, Al-Watan newspaper said.",
            [("Islamic State", "islamic_state"), ("Al-Watan", "al_watan")],
        ),
        (
            "Salem al-Musallat said Liwaa Fatemiyoun and the Turkish Republic were named by"
            " the Local Coordinating Committee and Syria's official media.",
            [
                ("Salem al-Musallat", "salem_al_meslet"),
                ("Liwaa Fatemiyoun", "liwa_fatemiyoun"),
                ("Turkish Republic", "turkey"),
                ("Local Coordinating Committee", "local_coordination_committees"),
                ("Syria's official media", "syrian_state_media"),
            ],
        ),
        # the refugee agency in full
        (
            "The families had registered with the United Nations Refugee Agency.",
            [("United Nations Refugee Agency", "unhcr")],
        ),
        (
            "The Russian Centre for reconciliation of opposing sides in the Syrian Arab"
            " Republic reported four truces.",
            [
                (
                    "Russian Centre for reconciliation of opposing sides in the Syrian Arab"
                    " Republic",
                    "russian_reconciliation_center",
                )
            ],
        ),
        # spellings of the coalition, the committees, the refugee agency, the inquiry and
        # two opposition figures (a bare "UN inquiry on Syria" may be another inquiry)
        (
            "The National Coalition for Syrian Opposition and the Local Co-ordination "
            "Committees of Syria met.",
            [
                ("National Coalition for Syrian Opposition", "syrian_national_coalition"),
                ("Local Co-ordination Committees of Syria", "local_coordination_committees"),
            ],
        ),
        (
            "Tents of the U.N. High Commissioner for Refugees lined the road.",
            [("U.N. High Commissioner for Refugees", "unhcr")],
        ),
        (
            "The UN Commission of Inquiry on Syria published its report.",
            [("UN Commission of Inquiry on Syria", "un_commission_of_inquiry")],
        ),
        (
            "Ahmed Al-Jarbah and Hassan Abdul Azeem attended.",
            [("Ahmed Al-Jarbah", "ahmad_jarba"), ("Hassan Abdul Azeem", "hassan_abdul_azim")],
        ),
        # outlets and bodies, and the long names' other orders and spellings
        ("Al Jazeera English reports the talks.", [("Al Jazeera English", "al_jazeera")]),
        ("Syrian state-media said Monday.", [("Syrian state-media", "syrian_state_media")]),
        ("The channel Orange TV aired it.", [("Orange TV", "otv_lebanon")]),
        ("Voice of Russia reported it.", [("Voice of Russia", "voice_of_russia")]),
        (
            "The European Commission froze the aid.",
            [("European Commission", "european_commission")],
        ),
        (
            "Observatory director Rami Abdul-Rahman cited sources.",
            [
                ("Observatory", "syrian_observatory_for_human_rights"),
                ("Rami Abdul-Rahman", "rami_abdulrahman"),
            ],
        ),
        (
            "The Russian Centre for the Reconciliation of Opposing Sides said so.",
            [
                (
                    "Russian Centre for the Reconciliation of Opposing Sides",
                    "russian_reconciliation_center",
                )
            ],
        ),
        (
            "It formed the Syrian National Coalition for Opposition and Revolutionary Forces.",
            [
                (
                    "Syrian National Coalition for Opposition and Revolutionary Forces",
                    "syrian_national_coalition",
                )
            ],
        ),
        (
            "A call by the Local Coordination Committees in Syria was read.",
            [("Local Coordination Committees in Syria", "local_coordination_committees")],
        ),
        (
            "The Syrian Local Coordination Committees counted 635 dead.",
            [("Syrian Local Coordination Committees", "local_coordination_committees")],
        ),
        ("He runs the camp for the U.N. refugee agency.", [("U.N. refugee agency", "unhcr")]),
        ("The mayor told the station CNNTürk.", [("CNNTürk", "cnn_turk")]),
        ("The Israeli Parliament adopted the law.", [("Israeli Parliament", "knesset")]),
        ("The YPG Media Centre said 30 were killed.", [("YPG Media Centre", "ypg_media_center")]),
        ("Friday, March 29 | Israel Today Staff", [("Israel Today", "israel_today")]),
        ("Golan Times reported the shelling.", [("Golan Times", "golan_times")]),
        ("Al-Ahram Weekly Online", [("Al-Ahram Weekly", "al_ahram_weekly")]),
        ("(Ahlul Bayt News Agency) - He spoke.", [("Ahlul Bayt News Agency", "abna")]),
        (
            "The General Command of the Army and the Armed Forces announced it.",
            [("General Command of the Army and the Armed Forces", "syrian_general_staff")],
        ),
        ("Prague, April 14 (CTK) - The minister spoke.", [("CTK", "ctk")]),
        (
            "The Syrian High Negotiations Committee said no.",
            [("Syrian High Negotiations Committee", "high_negotiations_committee")],
        ),
        # armed forces, directorates and outlets of the Golan, Palmyra and Astana reports
        (
            "The Irish Defence Forces and the Canadian Forces said all were safe, and Press Shia "
            "Agency reported it.",
            [
                ("Irish Defence Forces", "irish_defence_forces"),
                ("Canadian Forces", "canadian_armed_forces"),
                ("Press Shia Agency", "press_shia_agency"),
            ],
        ),
        (
            "The chief of the Main Operations Directorate briefed on the International Mine "
            "Action Centre.",
            [
                ("Main Operations Directorate", "russian_main_operations_directorate"),
                ("International Mine Action Centre", "russian_international_mine_action_center"),
            ],
        ),
        ("Rebels of the Islam Army left the town.", [("Islam Army", "jaysh_al_islam")]),
        ("They resist the Zionist regime.", [("Zionist regime", "israel")]),
        # the people without the article (the in-sample coding of the five book reports)
        # the people with its article, as the gazetteer's name and the annotation guide write it
        ("It is a crime against the Syrian people.", [("the Syrian people", "syrian_people")]),
        (
            "Russia vetoed it at the security council.",
            [("Russia", "russia"), ("security council", "un_security_council")],
        ),
        (
            "The Kurdistan Region Security Council said so.",
            [("Kurdistan Region Security Council", "kurdistan_region_security_council")],
        ),
        # the agency's own "The"
        (
            "He told The Associated Press, and the Associated Press said so.",
            [
                ("The Associated Press", "associated_press"),
                ("Associated Press", "associated_press"),
            ],
        ),
        # an ethnic or national qualifier is no part of a force's or a party's name
        (
            "Kurdish Peshmerga fighters and Lebanese Hezbollah met.",
            [("Peshmerga", "peshmerga"), ("Hezbollah", "hezbollah")],
        ),
        ("(Ha'aretz) The offensive went on.", [("Ha'aretz", "haaretz")]),
        # a movement by its short name, in its own capitals only
        (
            "Syria's Tomorrow opposition movement signed the deal.",
            [("Syria's Tomorrow", "syrias_tomorrow_movement")],
        ),
        # spellings the press writes of names the gazetteer held
        (
            "Riyad al-Hijab defected; Burhan Galioun and Abdulbaset Seida met at kayhan.ir.",
            [
                ("Riyad al-Hijab", "riyad_farid_hijab"),
                ("Burhan Galioun", "burhan_ghalioun"),
                ("Abdulbaset Seida", "abdulbaset_sieda"),
                ("kayhan.ir", "kayhan"),
            ],
        ),
        ("ABU DHABI, 20th May, 2014 (Wam) -- The aid arrived.", [("Wam", "emirates_news_agency")]),
        # a headline's "PM" is a title, no given name of another Netanyahu
        ("PM Netanyahu's remarks at the cabinet meeting", [("Netanyahu", "benjamin_netanyahu")]),
        (
            "Sheikh Badreddin Hassoun condemned the Islamic State of Iraq and Levant; the S.D.F. "
            "and al-Jadeed TV reported it.",
            [
                ("Badreddin Hassoun", "ahmad_badreddin_hassoun"),
                ("Islamic State of Iraq and Levant", "islamic_state"),
                ("S.D.F.", "syrian_democratic_forces"),
                ("al-Jadeed TV", "al_jadeed"),
            ],
        ),
        # a name part spelt another way, by the spelling rules
        (
            "Dr Khalid bin Mohamed al-Attiyah cut the ribbon.",
            [("Khalid bin Mohamed al-Attiyah", "khalid_al_attiyah")],
        ),
    ],
)
def test_outlets_bodies_and_spellings_are_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Support us at patreon.com/southfront today.",  # SouthFront in its own capitals only
        "Rebels advanced on the south front of the city.",
        "Fighting raged on the South Front near Daraa.",  # a front, not the site
        "Turkish State Railways ran extra trains.",  # "the Turkish state" in lower case only
        "The madrasa of Nur al-Din Zangi was restored.",  # the ruler the faction is named after
        "The Turkish Republic of Northern Cyprus held a vote.",  # not Turkey
        "Anti-govt forces shelled the western districts.",  # the other side
        "The Suqour al-Watan militia joined the assault.",  # "the homeland" in a name
        "They set up a local coordination committee with the town.",  # any such body
        # the opposition as a person's description, not the body
        "A Syrian opposition leader said the talks had failed.",
        "He met a key Syrian opposition figure in Ottawa.",
    ],
)
def test_fronts_firms_and_descriptions_are_no_outlet_body_or_state(text: str) -> None:
    assert found(text) == []


def test_a_movement_and_a_state_s_long_name_only_in_their_own_capitals() -> None:
    """The movement "Syria's Tomorrow" and the state's own name "State of Qatar" are
    case-sensitive: in lower case they are common words around a country's name."""
    text = "Nobody knows what Syria's tomorrow will bring. They flew to the small state of Qatar."
    assert ("Syria's tomorrow", "syrias_tomorrow_movement") not in found(text)
    assert not [surface for surface, _ in found(text) if surface.startswith("state of")]


def test_a_title_before_the_name_of_the_same_person_is_one_mention() -> None:
    text = "Syrian President Assad failed; Syrian president Dr. Bashar al-Assad spoke."
    assert found(text) == [("Assad", "bashar_al_assad"), ("Bashar al-Assad", "bashar_al_assad")]
    # an outlet's description before its name too
    assert found("Syrian state news agency SANA reports.") == [("SANA", "syrian_state_media")]
    # a name said twice stays twice
    assert found("Assad Assad!") == [("Assad", "bashar_al_assad"), ("Assad", "bashar_al_assad")]
