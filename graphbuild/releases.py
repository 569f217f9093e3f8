"""The rules of government readouts, statements and releases that read a whole sentence, chained
in one place for :func:`graphbuild.extract.extract_from_doc`: shared roles ("co-chaired by A and
B", "hosted by A and B", :mod:`graphbuild.coleads`), money given and joint launches ("the U.S.
contribution to X", :mod:`graphbuild.contributions`), stands against an actor ("stand united against
X's war", :mod:`graphbuild.oppositions`), ties a readout takes for granted ("they discussed our
countries' partnership", :mod:`graphbuild.bonds`), a meeting whose partner the parser hung
elsewhere (:mod:`graphbuild.gatherings`), "X thanks Y" with "thanks" tagged as a noun and "thank X
for A and Y for B" (:mod:`graphbuild.thanks`),
"the support of X for Y" (:mod:`graphbuild.supporters`), a defense against X's war
(:mod:`graphbuild.defenses`), the actor a cooperation supports ("cooperation in support of X",
:mod:`graphbuild.aims`), sanctions aimed at a state without a named target ("a price cap on X's oil",
:mod:`graphbuild.measures`), the sufferer of a war a text names only by its owner ("our help for Y
amid X's war", :mod:`graphbuild.fronts`), weapons used against an actor ("X's use of missiles against
Y", :mod:`graphbuild.weapons`), the other party of a meeting as "him / her" ("she thanked him",
:mod:`graphbuild.counterparts`).
Each rule gates itself cheaply on its words.
"""

from __future__ import annotations
from .aims import aim_candidates
from .bonds import bond_candidates
from .coleads import co_role_candidates, joint_agent_candidates
from .contributions import contribution_candidates
from .counterparts import counterpart_candidates
from .defenses import defense_candidates
from .fronts import front_candidates
from .gatherings import (guest_candidates, headless_partner_candidates, loose_with_candidates,
                         stray_partner_candidates)
from .measures import measure_candidates
from .oppositions import opposition_candidates
from .supporters import supporter_candidates
from .thanks import gapped_thanks_candidates, thanks_candidates
from .weapons import weapon_use_candidates

__all__ = ["release_candidates"]


def release_candidates(ctx, sent, found) -> list:
    """The candidates of the release rules for one sentence.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.
        found: The candidates the other rules found in the sentence (read, not changed).

    Returns:
        Further candidates.
    """


    met = stray_partner_candidates(ctx, sent, found)  # first: it may name the parties of a meeting
    met += loose_with_candidates(ctx, sent, found + met) + guest_candidates(ctx, sent)
    met += headless_partner_candidates(ctx, sent, found + met)
    met += aim_candidates(ctx, sent, found + met) + measure_candidates(ctx, sent, found) + front_candidates(
        ctx, sent, found) + weapon_use_candidates(ctx, sent, found)
    met += counterpart_candidates(ctx, sent)
    thanked = thanks_candidates(ctx, sent)
    thanked += gapped_thanks_candidates(ctx, sent, found + thanked)
    return (met + co_role_candidates(ctx, sent) + joint_agent_candidates(ctx, sent)
            + contribution_candidates(ctx, sent)
            + opposition_candidates(ctx, sent) + bond_candidates(ctx, sent) + thanked
            + supporter_candidates(ctx, sent) + defense_candidates(ctx, sent))
