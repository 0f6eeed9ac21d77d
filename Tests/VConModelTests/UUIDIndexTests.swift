import Testing
import VConModel

@Suite("UUIDIndex")
struct UUIDIndexTests {
    @Test("positions come back in the order added, one uuid held once or many times")
    func order() {
        var index = UUIDIndex()
        index.append(3, for: "a")
        index.append(1, for: "b")
        index.append(7, for: "a")
        index.append(5, for: "a")
        #expect(index["a"] == [3, 7, 5])
        #expect(index["b"] == [1])
        #expect(index["c"].isEmpty)
        #expect(index.first("a") == 3)
        #expect(index.first("b") == 1)
        #expect(index.first("c") == nil)
        #expect(index.contains(7, for: "a"))
        #expect(!index.contains(1, for: "a"))
        #expect(index.contains(1, for: "b"))
    }

    @Test("removing leaves the rest in order, down to one and to none")
    func removing() {
        var index = UUIDIndex()
        for position in [4, 2, 9] { index.append(position, for: "a") }
        index.remove(2, from: "a")
        #expect(index["a"] == [4, 9])
        index.remove(4, from: "a")
        #expect(index["a"] == [9])
        #expect(index.first("a") == 9)
        index.append(1, for: "a")
        #expect(index["a"] == [9, 1])
        index.remove(9, from: "a")
        index.remove(1, from: "a")
        #expect(index["a"].isEmpty)
        #expect(index.first("a") == nil)
        index.remove(5, from: "b")
        index.append(6, for: "b")
        index.remove(5, from: "b")
        #expect(index["b"] == [6])
    }
}
