/// Common given names whose bearers are, in news usage, overwhelmingly of one gender. The
/// list only breaks ties when the article itself gives no evidence (no honorific, no pronoun).
public enum FirstNames {
    /// The gender a given name suggests, or `nil` when it is not in the list or is shared.
    public static func gender(of name: String) -> NameWords.Gender? {
        if male.contains(name) { return .male }
        if female.contains(name) { return .female }
        return nil
    }

    private static let male: Set<String> = Set("""
        Aaron Adam Adrian Ahmed Alan Albert Alec Alexander Alexandre Ali Andre Andrew Andy Angelo Anthony \
        Antonio Arthur Barack Barry Ben Benjamin Bernard Bill Bob Boris Brad Bradley Brandon Brendan Brett \
        Brian Bruce Bryan Carl Carlos Chad Charles Charlie Chris Christopher Chuck Clark Colin Craig Dale \
        Dan Daniel Danny Darren Dave David Dean Dennis Derek Dmitry Don Donald Doug Douglas Duncan Dwayne \
        Dwight Ed Eddie Edward Emmanuel Eric Erik Ethan Evan Frank Fred Gary Gavin George Gerald Glen Gordon \
        Graham Greg Gregory Guy Harold Harry Hassan Henry Hugh Ian Igor Isaac Ivan Jack Jacob Jake James \
        Jamie Jared Jason Jeff Jeffrey Jeremy Jerry Jim Jimmy Joe Joel John Johnny Jon Jonathan Jordan \
        Jose Joseph Josh Joshua Juan Justin Karl Keith Ken Kenneth Kevin Kirk Kurt Kyle Larry \
        Leo Leonard Liam Louis Luc Luke Marc Marco Mark Martin Matt Matthew Max Michael Mike Mitch Mohamed \
        Mohammad Mohammed Muhammad Nathan Neil Nick Nicholas Noah Norman Oliver Omar Pat Patrick Paul Pedro \
        Pete Peter Phil Philip Pierre Ralph Randy Ray Raymond Richard Rick Rob Robert Rod Roger Ron Ronald \
        Ross Roy Russell Ryan Sam Samuel Scott Sean Sergei Seth Shane Shawn Simon Stephen Steve Steven \
        Stuart Ted Terry Thomas Tim Timothy Todd Tom Tony Travis Trevor Troy Tyler Vernon Victor Vince \
        Vincent Vladimir Walter Warren Wayne Wesley William Xavier Yves Zach Zachary
        """.split(separator: " ").map(String.init))

    private static let female: Set<String> = Set("""
        Abigail Ada Alexandra Alice Alicia Alison Allison Amanda Amber Amy Andrea Angela Angelina Anita Ann \
        Anna Anne Annie Ashley Barbara Beatrice Becky Belinda Beth Betty Beverly Bonnie Brenda Bridget \
        Brittany Camille Carla Carmen Carol Caroline Carolyn Catherine Cathy Chantal Charlotte Chelsea \
        Cheryl Chloe Christina Christine Chrystia Cindy Claire Claudia Colleen Courtney Crystal Cynthia \
        Daisy Dana Danielle Darian Deborah Debbie Debra Denise Diana Diane Donna Doris Dorothy Elaine Eleanor \
        Eleanore Elena Elizabeth Ellen Emily Emma Erica Erin Eva Evelyn Fatima Fiona Frances Gabrielle Gail \
        Gloria Grace Hannah Heather Heidi Helen Hillary Holly Irene Isabel Isabelle Jacqueline Jane Janet \
        Janice Jennifer Jenny Jessica Jill Joan Joanne Jodi Josephine Joy Joyce Judith Judy Julia Julie \
        Karen Kate Katherine Kathleen Kathryn Kathy Katie Kelly Kimberly Kristen Laura Lauren Leah Lena \
        Linda Lisa Liz Lori Louise Lucy Lynn Madeleine Margaret Maria Marie Marilyn Marina Marion Marsha \
        Martha Mary Maryam Megan Melanie Melissa Michelle Mila Monica Nancy Natalie Nicole Nina Olivia Pamela \
        Patricia Paula Penny Rachel Rebecca Renee Rita Roberta Rosa Rose Ruth Samantha Sandra Sara Sarah \
        Sharon Shannon Sheila Shirley Simone Sophie Stephanie Susan Suzanne Sylvia Tammy Tanya Teresa Theresa \
        Tina Tracy Valerie Vanessa Veronica Victoria Virginia Wendy Yvonne Zoe
        """.split(separator: " ").map(String.init))
}
