import SamplanSupport
import Testing

@Suite struct DurationSecondsTests {
    @Test(arguments: [
        (Duration.seconds(3), 3.0), (.milliseconds(1500), 1.5), (.microseconds(250), 0.000_25), (.zero, 0), (.seconds(-2), -2),
    ])
    func seconds(_ duration: Duration, _ expected: Double) {
        #expect(abs(duration.seconds - expected) <= 1e-15 * max(1, abs(expected)))
    }

    @Test func millisecondsAreSummedInMilliseconds() {
        let duration = Duration.seconds(2) + .nanoseconds(500_000)
        #expect(duration.milliseconds == 2000.5)
        #expect(Duration(secondsComponent: 0, attosecondsComponent: 1).milliseconds == 1e-15)
    }
}
