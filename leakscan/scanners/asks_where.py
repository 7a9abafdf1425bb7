"""The ASKS_PII rules for where the child lives or is (``home``, ``where``): a town, a street, an
address, the landmark nearest them, where they are now. Part of :data:`.asks_rules.RULES` (in its
order), in :mod:`.chat_words` templates; kept apart because it is the longest detail's table.
"""

from __future__ import annotations

from .chat_model import Rule
from .chat_words import alone, pattern

#: A part of a place asked which: "which suburb", "what end", "which bit".
_PLACE = (
    r"(?:area|town|city|village|street|st|road|rd|avenue|ave|suburb|neighbou?rhood|hood|estate|postcode|post\s?code|bit"
    r"|locality|colony|sector|township|parish|ward|district"
    r"|zip(?:\s?code)?|eircode|county|state|province|part|end|block|building|apartment|flat|house|home)"
)
#: A landmark near the child asked which: "which bus stop", "nearest mall".
_NEAR = (
    r"(?:bus\s?stop|stop|station|train|tube|subway|metro|bus|park|shop|store|mall|shops|corner\s?shop|church"
    r"|shopping\s(?:centre|center|mall)|town\scentre|city\scentre|high\sstreet"
    r"|library|mcdonalds|maccas|supermarket|tesco|walmart|target|playground|field|landmark"
    r"|(?:train|bus|tube|railway) ?station|beach|river|lake|airport|hospital|stadium|harbou?r)"
)


WHERE_RULES: tuple[Rule, ...] = (
    (
        "home",
        pattern(
            alone(
                "city|town|suburb|addy|address|street|road|postcode|post code|postal code|zip|zip code|pin ?code|eircode"
                "|house number|flat number|apartment number|unit number|province|state|county|area|neighbou?rhood"
            ),
            # a smaller answer asked for after a refusal: "ok just the province lol", "just the first letter"
            r"\A\W{0,3}(?:ok |okay |fine |then )?just (?:say |tell me |give me |drop )?(?:the |ur |your )?(?:first letter"
            r"|initials?|province|state|county|suburb|area|town|city|street|road|nearest corner|corner|postcode|zip)",
            r"<give> (?:<me> )?<your> (?:city|town|suburb|address|addy|street|postcode|zip)",
            r"<where> (?:<do> )?<you> (?:live|liv|stay|reside|from|frm|based)<not_in_game>",
            r"<where> <are> <you> (?:from|frm|based|located)",
            r"<where> ?abouts (?:<are> <you>|<do> <you> (?:live|stay)|<is> <your> (?:house|home|place))",
            r"<are> <you> (?:anywhere |somewhere )?(?:near|close to) (?!the |me|us|it|him|her|them|my |ur |your |spawn|base)"
            r"[a-z'’]{2,15}(?: [a-z'’]{2,15})?(?=\s{0,3}(?:\?|\Z))",
            # A trade: "im from dublin, u?", "i live in perth wbu".
            r"(?:i['’]?m|i am|im|i live|i stay) (?:from|in|based in|living in|near) [a-z'’]{2,20}(?: [a-z'’]{2,20})?[\s,!.]{1,4}"
            r"(?:(?:how about|what about|and|n) <you>|wbu|hbu|u\?|you\?|urself\?)",
            # (not a school house's colours: "wear your house colours" is no "where")
            r"<where>(?: <is>)? <your> (?:house|home|place|flat|apartment|gaff|crib|digs)(?! (?:colou?rs?|shirts?|tops?|team|captains?"
            r"|points))",
            # the home the child moved to: "u moved?? wheres the new gaff" (Irish and British slang for home)
            r"<where>(?: <is>)? (?:<your>|the) new (?:house|home|place|flat|apartment|gaff|crib|digs|pad)(?![\w'’])",
            r"<which> (?:house|street|road|flat|building|block|estate) <is> (?:urs|yours)",
            r"<where> (?:abouts )?<do> <you> (?:live|stay)<not_in_game>",
            rf"<which> ~ {_PLACE} <do> <you> (?:live|stay)<not_in_game>",
            rf"<which> {_PLACE} (?:<are> <you>|<do> <you>|<you>) (?:live |stay |living |staying )?(?:in|on|at|near)"
            r"<not_in_game>(?![\s,]{1,3}for\b)",  # (a house "for sports day" is a team at school)
            rf"<which> {_PLACE} (?:in|of) [\w'’\s-]{{2,30}}? (?:<are> )?<you> (?:in|on|at|from|staying|living|live|stay)",
            # "where in canada r u", "near which building", "which parish tho, ..."
            r"<where> (?:abouts )?in (?!the (?:game|map|lobby|server|world)\b)[\w'’-]{2,20}(?: [\w'’-]{2,20})? <are> <you>"
            r"(?![\w'’])<not_in_game>",
            rf"(?:near|by|in|on|at) <which> {_PLACE}(?=[\s,]{{0,3}}(?:[?,]|\Z))",
            rf"<which> {_PLACE}(?: tho| though| then| exactly)?(?=[\s,]{{0,3}},)",
            rf"(?:<what>|<which>) ~ {_NEAR} <is> (?:near|close to|closest to|nearest to|by|next to) <you>",
            r"<which> (?:bus|train|tram|tube)(?: number| no)? (?:would|do|will|did|<do>) <you> (?:get|take|catch|use)",
            r"(?:kaunsa|kaunse|kaunsi|konsa) (?:side|area|sector|building|colony|society|gali|road|city|shehar)",
            # which side of a town the child lives on ("which side u stay?", "which side of durban u from"; not "which side
            # r u on": a side in a game), or where they play from ("where u playing from, the ping says its near")
            r"<which> side (?:of (?:the )?[a-z'’]{2,15} )?(?:<do> |<are> )?<you> (?:from|frm|stay|live|staying|living)(?![\w'’])",
            r"<where> (?:<are> |<do> )?<you> (?:playing|gaming|streaming|stream|play) from(?![\w'’])",
            # "what oval do u train at", "what town in ohio, for the map", "postal address with the zip pls"
            r"<which> (?:oval|ground|pitch|rink|pool|court|field|gym|club) <do> <you>(?: [a-z]{2,10})? (?:at|in|on|for)<not_in_game>",
            r"<what> (?:town|city|suburb|part|area|county|district) in [a-z'’]{2,20}(?: [a-z'’]{2,20})?(?=[\s,]{0,3}(?:\?|\Z|,|for\b))"
            r"<not_in_game>",
            r"(?<!my\s)(?<!our\s)(?:full|postal|home|street|house) address(?: with (?:the |ur )?[a-z]{2,10}(?: code)?)?"
            r"(?=\s{0,3}(?:pls|plz|please|\?|\Z|so\b|for\b))",
            rf"<whats> <your> (?:home )?(?:address|addy|addr|adress|{_PLACE})",
            # an adjective before the address ("whats ur new address"; not "ur real house": a house in the game's)
            r"<whats> <your> (?:new|current|full|home|postal) (?:address|addy|addr|adress|postcode|post code|zip|zip code|eircode)",
            # the address as the one the talk is about: "whats the address, ill get it posted", "whats the postcode again"
            r"<whats> the (?:home |full |postal )?(?:address|addy|postcode|post code|zip|zip code|eircode)"
            r"(?! (?:of|for|to|on) )(?=\s{0,3}(?:\Z|[?,.!]|again|tho|then|pls|plz|please|<i_will>|so\b))",
            r"<your> (?:home |full |house )?(?:address|addy|adress|postcode|zip code|eircode)",
            # "r u in galway too": a place shared, asked to confirm
            r"<are> <you> (?:in|from|based in|living in) (?!the |my |a |an |ur |your |this |that |game|class|bed|trouble|it )"
            r"[a-z'’]{2,15}(?: [a-z'’]{2,15})? (?:too|as well|also)(?=\W{0,3}(?:\?|\Z))",
            # "r u at greenfield or the other one"
            r"(?:<are> )?<you> (?:at|in|from) [a-z'’]{2,20}(?: [a-z'’]{2,20})? or (?:the other (?:one|school|side)|another one"
            r"|somewhere else)",
            r"(?:<are> <you>|<you>|ur|youre|you['’]re|u['’]re) (?:from )?(?:around here|round here|local|nearby|from here|near here)(?!\s{1,3}to\b)"
            r"(?=\s{0,3}(?:\?|\Z|or\b))",
            r"<want> (?:<me> )?(?:with )?<your> (?:home )?(?:address|addy|postcode|zip code)",
            rf"<which> {_NEAR} <do> <you> (?:get off|get on|take|use|go to|live near|walk past|catch)",
            rf"<which> (?:is )?(?:the )?(?:closest|nearest|near) {_NEAR}",
            rf"<are> <you> (?:anywhere )?(?:near|close to|by|next to) (?:the |a |that )?{_NEAR}",
            rf"(?:<whats>|<which> <is>) (?:the )?(?:closest|nearest) {_NEAR} to (?:<your>|<you>)",
            r"(?:<do> <you>|<which>|<what>|<where>)[^?.!\n]{0,40}?on <your> way (?:home|to school|back from school|from school)",
            r"<do> <you> (?:get|take|catch|ride) (?:the )?(?:\d{1,3}[a-z]? |number \d{1,3} |same )?(?:bus|train|tram|school bus)",
            r"<what> bus (?:number|no|route)",
            # Disguised: "i bet u live near the coast", "let me guess ur school".
            r"(?:i bet|i reckon|i guess|bet|let me guess|i think|guess what)[,.]{0,3} (?:that )?<you> (?:live|stay)"
            r" (?:near|close to|by|around|somewhere|on|in(?! (?:a|an|the game|game)(?![\w'’])))",
            # A guess to confirm: "u sound like ur from manchester, am i right".
            r"(?:<you>|ur) sound(?:s)? like (?:<you>['’]?re|ur|<you> (?:are|r)) from",
            r"(?:i bet|i reckon|i guess|bet|let me guess|i think)[,.]{0,3} (?:that )?<you> (?:go to|are from|r from)",
            r"(?:<you>['’]?re|ur|<you> (?:are|r)) (?:from|in) (?!(?:my|the|a|an|ur|your|this|that|our|his|her) )[a-z'’]{2,15}"
            # (the tag in other Englishes: Indian "na", Canadian "eh", Irish "no?", Scots and Kiwi "aye")
            r"(?: [a-z'’]{2,15})? (?:right|yeah|innit|ya|yh|na|naa|no|eh|aye|ryt|rite|isnt it|isn['’]t it)(?=\W{0,3}(?:\?|\Z))",
            r"(?:i bet|i reckon|let me guess|guess)[,.]{0,3} ?<your> (?:street|town|area|suburb|address|postcode)",
            r"tell <me> <your> (?:street|address|school|town|suburb|postcode|road|area)",
            r"<do> <you> live(?= (?:near|close to|by|next to|in|on|around))<not_in_game>",
            # (the "do" dropped, a question: "u live around chicago? ur accent sounds like it"; not surprise at a place
            # the child told, "wait u live in ohio too??")
            r"<you> (?:live|stay|living) (?:near|close to|by|around|round|in|on) [^?.!\n]{2,25}?(?<!\stoo)(?<!\salso)(?<!\swell)"
            r"(?=\s{0,3}\?)<not_in_game>",
            r"how far <do> <you> live<not_in_game>",
            r"<which> (?:area code|postcode|post code|zip code|zip|eircode) (?:<are> <you>|<is> (?:urs|yours|<your>))",
            r"<do> <you> (?:go to|go|play at|hang out at|walk to|walk past)[^?.!\n]{0,30}?(?:near|by|next to|behind|opposite)"
            r" <your> (?:house|home|place|school|street)",
            # "whats the name of that park near ur house": a landmark that finds the home.
            r"(?:<what>|<which>|<whats>)[^?.!\n]{0,50}?(?:near|by|closest to|nearest to|next to|behind|opposite|outside)"
            r" <your> (?:house|home|place|flat|street|road)",
            # "r u near leeds?", "u anywhere close to cork?": a town, not a thing in the game ("the portal").
            r"(?:<are> )?<you> (?:anywhere |somewhere )?(?:near|close to|round|around|nearby)"
            r" (?!the |me|us|it|him|her|them|my |ur |your |spawn|base)[a-z'’]{2,15}(?: [a-z'’]{2,15}){0,2}(?=\s{0,3}\?)",
            r"<is> <your> (?:school|house|home|flat|street) (?:near|close to|by|next to|on|in|opposite|the|that)",
            r"<your> (?:house|home|street) (?:<is>|['’]s) (?:near|close to|by|next to|around|round)",
            rf"<whats> <your> local {_NEAR}|<your> local {_NEAR} (?:called|name)",
            # Disguised, a tag question: "ur school has a red uniform doesnt it".
            r"<your> (?:house|street|estate|town|road|area|suburb|neighbou?rhood|village) (?:has|is|looks|got)[^?.!\n]{1,40}?"
            r"(?:doesnt it|doesn't it|does it|isnt it|isn't it|right\?|right,|innit|yeah\?|am i right)",
            r"<which> (?:city|town|country|state|suburb|county|area|part|province|village|street|road|estate|postcode|kasi"
            r"|district|stop|mall|arcade|rink|oval|ground|pitch|pool|library|church|beach|station|park|studio|gym|skatepark"
            r"|skate park|playground)"  # (a place)
            r"(?: is (?:it|that))?(?: tho| though| then| exactly| abouts| lol)?(?=[\s,]{0,3}(?:\?|\Z))<not_in_game>",
            r"<which> (?:zip code|neighbou?rhood)(?: tho| though| then| exactly| abouts| lol)?(?=[\s,]{0,3}(?:\?|\Z))",
            r"(?:<are> )?<you> (?:from|frm) (?:the )?[a-z]{2,15}(?: [a-z]{2,15})?(?=\s{0,3}\?)",
            # "r u in london or somewhere else": a place, not "the lobby" or "my team".
            r"<are> <you> (?:in|from) (?:the )?(?:us|usa|uk|states|uae|netherlands|philippines|north|south|east|west)"
            r"(?= or|\s{0,3}\?)",
            r"<are> <you> (?:in|from|based in|living in) (?!the |my |a |an |ur |your |this |that |game|class|bed|trouble|ur |it )"
            r"[a-z'’]{2,15}(?: [a-z'’]{2,15})?(?=\s{0,3}(?:\?|or ))",
            r"<where> <do> <you> (?:usually |normally )?(?:hang out|hangout|go|play|chill) (?:after school|on weekends|at weekends)",
            r"<whats> <your> (?:fav|fave|favourite|favorite) (?:place|spot|park|shop|hangout) to (?:hang out|hang|chill|go)"
            r"(?: after school| on weekends| at weekends)?<not_in_game>",
            rf"<which> {_NEAR} <do> <you> (?:play|hang out|go|chill) (?:at|in|to)",
            r"(?:<which>|<what>) way <do> <you> walk (?:home|to school)",
            r"<what> <is> outside <your> window",
            r"<where> (?:did|do) <you> grow up<not_in_game>",
            r"(?:<you>['’]?re|ur|<you> (?:are|r)) (?:near|close to|by|next to|on) (?:the )?(?:coast|sea|seaside|beach|city|border"
            r"|mountains|station|airport|river|lake|harbou?r|cbd|centre|center|motorway|highway)(?=\s{0,3}\?)",
            # "i think i live near u": a probe for the town or the street
            r"i (?:think i |might |probably |prob )?(?:live|stay) (?:near|close to|round the corner from|in the same"
            r" (?:town|area|city|suburb) as) <you>",
            r"<whats> <your> (?:location|loc|whereabouts|coordinates|coords|exact location)<not_in_game>",
            # A present, a prize: "what address should the courier bring it to".
            r"(?:<where>|<what> address|<which> address) (?:should|do|can|shall|will|would|must) (?:i|we|they|she|he|<parent>"
            r"|my <parent>|the (?:postman|post|courier|driver|delivery(?: guy| man)?|mailman)) (?:send|post|deliver|ship|bring"
            r"|drop|mail|courier|use)"
            r"(?! (?:the |a |my )?(?:trade|item|request|invite|link|friend request|code)s?)",
            r"<whats> (?:the )?(?:area code|post ?code|zip(?: code)?|eircode)(?: there| where <you> (?:are|r|live)| for <your>)",
            # A delivery or a lift that "needs" the home: "just need house number and postcode", "whats the address again".
            r"(?:need|needs|needed|just need)(?: to know)? (?:<your> |the |an |a |ur full |full )?(?:home |house |street |full )?"
            r"(?:address|addy|house number|postcode|post code|zip(?: code)?|eircode|pin ?code)",
            # "the courier needs where to drop it off", "flat number and street?", "just need shoe size + address"
            r"(?:need|needs|want|wants|just need) (?:to know )?where to (?:post|send|deliver|ship|mail|drop|bring) (?:it|them|the|ur|<your>|off)",
            # A parcel's address handed over ("just send the shipping address"; not "we sent the shipping address").
            r"(?<!we\s)(?<!i\s)(?<!ive\s)(?<!already\s)<give> (?:<me> |us )?(?:<your> |the |an? )?(?:delivery|shipping|postal|post"
            r"|mailing|home|full) (?:address|addy)",
            # "where are we shipping it to": a parcel (not "where are we sending the invites to")
            r"<where> (?:<are>|am|is) (?:we|they|i|she|he|<parent>) (?:posting|sending|shipping|delivering|mailing|dropping)"
            r" (?:it|this|them|that|<your> (?:prize|parcel|package|box|gift|present)) (?:off )?to(?=\W{0,3}(?:\?|\Z|then|again))",
            r"(?:house|flat|door|unit|apartment) (?:number|no) (?:and|n|&|\+|,) (?:the )?(?:road|street|st|postcode|zip|suburb|town"
            r"|city|area|eircode)",
            r"(?:need|needs|just need|want) (?:<your> |the )?[a-z]{2,10} ?(?:size )?(?:\+|&|and|n) ?(?:<your> |the )?(?:home |full )?"
            r"(?:address|addy|postcode|zip)",
            rf"(?:<are> )?<you> (?:at|in|near) the {_NEAR}(?: <now>)?(?=\s{{0,3}}\?)",
            r"<whats> the (?:home |house |full )?(?:address|addy)(?=\s{0,3}(?:\?|\Z|again|pls|plz| so| for <you>| my <parent>))",
            # Hinglish: "kahan se ho tum", "kahan rehta hai", "tera address kya hai".
            r"(?:kahan|kaha|kahaan|kidhar)(?: se| pe| par)? (?:ho|hai|hain|rehta|rehti|rehte|stay)(?![\w'’])",
            r"(?:tera|teri|tumhara|tumhari|apna|apni|aapka|aapki) (?:ghar ka )?(?:address|pata|pincode|pin code)",
            r"(?:address|pincode|pin code)(?: aur (?:pincode|pin code|address))? (?:bata|bhej|bhejo|de|do|daal)(?![\w'’])",
            r"a ?[/.]? ?s ?[/.]? ?l",
            # which kind of place the child named, the whole message: "city or county", "the town or the countryside?",
            # after a short word on the answer ("ah brill. city or county?")
            r"\A\W{0,3}(?:[^.!?\n]{1,20}[.!]+\s{1,3})?(?:(?:ok|so|and|lol|haha|nice|cool|oh)[\s,!.]{1,3}){0,2}(?:the )?"
            r"(?:city|town|county|suburbs?|village"
            r"|countryside|country side|state|province|district|outskirts|inner city|cbd)(?: itself)? or (?:the )?(?:city|town|county"
            r"|suburbs?|village|countryside|country side|state|province|district|outskirts|inner city|cbd|outside)(?: itself)?\W{0,5}\Z",
        ),
    ),
    (
        "where",
        pattern(
            # Where the child goes out to, with an offer to come: "where do u usually skate", "what time r u there"
            # (the "do" dropped, "at" after: "where u skate at")
            r"<where> (?:<do> )?<you> (?:usually |normally |always |mostly )?(?:skate|skateboard|ride|bike|hang out|hang|chill|surf"
            r"|swim|train)(?: at)?<not_in_game>(?![\w'’])",
            r"<what> time (?:<are> )?<you> (?:usually |normally |mostly |always )?there(?=\s{0,3}(?:\?|\Z))",
            # which half of the country: "north or south island lol"
            # (a place named after: "north or south dakota, theres a difference")
            r"(?:north|south|east|west) or (?:north|south|east|west)(?: (?:island|coast|side|shore|[a-z]{3,15}))?(?=[\s,]{0,3}(?:\?|\Z|lol"
            r"|tho|,))"
            r"<not_in_game>",
            # a guess at a place near the child: "lemme guess, the one by the chemist?"
            r"(?:let me|lemme|i bet|i reckon)[\s,.]{0,3}(?:guess[\s,.]{1,3})?(?:its |it['’]s )?the one (?:by|on|near|next to|behind"
            r"|across from|opposite|off)(?! the (?:left|right))",
            r"<where> <are> <you> (?:irl|in real life|at irl)",
            # "where r u rn?": where the child is now (a bare "where r u" is players looking for each other)
            r"<where> <are> <you> <now><not_in_game>(?=\W{0,3}(?:\?|\Z))",
            r"<where> <are> <you> <now> (?:irl|in real life)",
            r"<where> (?:in the world )?<are> <you> (?:irl|in real life)",
        ),
    ),
)


__all__ = ["WHERE_RULES"]
