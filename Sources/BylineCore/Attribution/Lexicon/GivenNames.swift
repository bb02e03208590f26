/// Common given names whose bearers are, in news usage, overwhelmingly of one gender. The
/// list only breaks ties when the article itself gives no evidence (no honorific, no pronoun).
enum GivenNames {
    static let male = """
        aaron adam adrian ahmed alan albert alec alexander alexandre ali andre andrew andy angelo anthony antonio \
        arthur barry ben benjamin bernard bill bob brad bradley brandon brendan brett brian bruce bryan carl carlos \
        chad charles charlie chris christopher chuck clark colin craig dale dan daniel danny darren dave david dean \
        dennis derek don donald doug douglas duncan dwayne dwight ed eddie edward emmanuel eric erik ethan evan frank \
        fred gary gavin george gerald glen gordon graham greg gregory guy harold harry hassan henry hugh ian isaac \
        ivan jack jacob jake james jamie jared jason jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon \
        jonathan jordan jose joseph josh joshua juan justin karl keith ken kenneth kevin kirk kurt kyle larry leo \
        leonard liam louis luke marc marco mark martin matt matthew max michael mike mitch mohamed mohammad mohammed \
        muhammad nathan neil nick nicholas noah norman oliver omar pat patrick paul pedro pete peter phil philip \
        pierre ralph randy ray raymond richard rick rob robert rod roger ron ronald ross roy russell ryan sam samuel \
        scott sean seth shane shawn simon stephen steve steven stuart ted terry thomas tim timothy todd tom tony \
        travis trevor troy tyler victor vince vincent walter warren wayne wesley william xavier zach zachary
        """

    static let female = """
        abigail alexandra alice alicia alison allison amanda amber amy andrea angela angelina anita ann anna anne \
        annie ashley barbara beatrice becky belinda beth betty beverly bonnie brenda bridget brittany camille carla \
        carmen carol caroline carolyn catherine cathy charlotte chelsea cheryl chloe christina christine cindy claire \
        claudia colleen courtney crystal cynthia daisy dana danielle deborah debbie debra denise diana diane donna \
        doris dorothy elaine eleanor elena elizabeth ellen emily emma erica erin eva evelyn fatima fiona frances \
        gabrielle gail gloria grace hannah heather heidi helen holly irene isabel isabelle jacqueline jane janet \
        janice jennifer jenny jessica jill joan joanne jodi josephine joy joyce judith judy julia julie karen kate \
        katherine kathleen kathryn kathy katie kelly kimberly kristen laura lauren leah linda lisa liz lori louise \
        lucy lynn madeleine margaret maria marie marilyn marina marion marsha martha mary megan melanie melissa \
        michelle monica nancy natalie nicole nina olivia pamela patricia paula penny rachel rebecca renee rita \
        roberta rosa rose ruth samantha sandra sara sarah sharon shannon sheila shirley simone sophie stephanie susan \
        suzanne sylvia tammy tanya teresa theresa tina tracy valerie vanessa veronica victoria virginia wendy yvonne \
        zoe
        """
}
